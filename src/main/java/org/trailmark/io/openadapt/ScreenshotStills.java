package org.trailmark.io.openadapt;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.io.MediaReference;

/**
 * A recording's {@code screenshot} rows as a still series on the session's clock. Only each row's
 * id and time are read here; the PNG bytes ({@code png_data}) stay in the database until ingest
 * stores the series, and are then read one row at a time ({@link InDatabase}), so a recording's
 * screenshots are never all in memory. {@code png_diff_data} and {@code png_diff_mask_data} (derived
 * pictures) are not used.
 */
final class ScreenshotStills {
    static final String TABLE = "screenshot";

    private ScreenshotStills() {
    }

    /** The series, or null when the recording has no usable screenshot. */
    static MediaReference read(RecordingDatabase db, Path file, RecordingRow recording, RecordingLink link,
                               RecordingEvents.Result events, RowProblems problems) throws SQLException {
        if (!db.has(TABLE, "png_data")) {
            problems.warn(TABLE, 0, "the screenshot table has no png_data column: no screen pictures");
            return null;
        }
        String id = db.has(TABLE, "id") ? "s.id" : "s.rowid";
        String sql = "SELECT " + id + ", " + db.column(TABLE, "s", "timestamp") + ", length(s.png_data)"
                + " FROM screenshot s WHERE " + link.condition("s") + " ORDER BY 2, 1";
        List<MediaReference.Still> stills = new ArrayList<>();
        try (PreparedStatement statement = db.connection().prepareStatement(sql)) {
            link.bind(statement, 1, recording);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    MediaReference.Still still = still(file, rs, id.equals("s.id"), events, problems);
                    if (still != null) {
                        stills.add(still);
                    }
                }
            }
        }
        return stills.isEmpty() ? null : MediaReference.images(stills, null);
    }

    private static MediaReference.Still still(Path file, ResultSet rs, boolean byId, RecordingEvents.Result events,
                                              RowProblems problems) throws SQLException {
        long row = rs.getLong(1);
        Object rawTs = rs.getObject(2);
        Double ts = Cell.number(rawTs);
        if (ts == null) {
            problems.warn(TABLE, row, Cell.numberProblem("timestamp", rawTs) + ": skipped");
            return null;
        }
        long ms = events.sessionMs(ts);
        if (ms < -RecordingEvents.EARLY_TOLERANCE_S * 1000 || ms > Integer.MAX_VALUE) {
            problems.warn(TABLE, row, "timestamp lies outside the recording: skipped");
            return null;
        }
        if (rs.getLong(3) <= 0) {
            problems.warn(TABLE, row, "no picture (png_data is empty): skipped");
            return null;
        }
        Path absolute = file.toAbsolutePath();
        return new MediaReference.Still((int) Math.max(0, ms), absolute, new InDatabase(absolute, row, byId));
    }

    /** One screenshot's PNG, read from its row when ingest stores it. */
    record InDatabase(Path file, long row, boolean byId) implements MediaReference.Inside {
        @Override
        public String table() {
            return TABLE;
        }

        @Override
        public String extension() {
            return "png";
        }

        @Override
        public byte[] read() throws IOException {
            try (RecordingDatabase db = RecordingDatabase.open(file)) {
                Connection c = db.connection();
                try (PreparedStatement s = c.prepareStatement("SELECT png_data FROM screenshot WHERE "
                        + (byId ? "id" : "rowid") + " = ?")) {
                    s.setLong(1, row);
                    try (ResultSet rs = s.executeQuery()) {
                        if (!rs.next()) {
                            throw new IOException("the row is gone");
                        }
                        Object value = rs.getObject(1);
                        if (!(value instanceof byte[] bytes)) {
                            throw new IOException("png_data is not a picture");
                        }
                        return bytes;
                    }
                }
            } catch (SQLException e) {
                throw new IOException(RecordingDatabase.describe(e), null);
            }
        }
    }
}
