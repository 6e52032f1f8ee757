package org.trailmark.io.openadapt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.model.Screen;

/**
 * One row of OpenAdapt's {@code recording} table: what a recording says about itself. Every field
 * may be missing (older versions lack {@code video_start_time} and {@code pixel_ratio}) or damaged;
 * what is unusable is left empty and said by the importer.
 *
 * @param id             the row's {@code id} (its rowid when the table has no id column)
 * @param timestamp      {@code timestamp}: when recording began, epoch seconds; null when unusable
 * @param screens        one screen of {@code monitor_width × monitor_height} at {@code pixel_ratio}
 *                       (1.0 when missing), or none
 * @param platform       from {@code platform} (Python's {@code sys.platform}: darwin, win32, linux)
 * @param task           {@code task_description}, or null
 * @param videoStartTime {@code video_start_time}: when the screen video's first frame was taken, epoch
 *                       seconds; null when missing
 */
record RecordingRow(long id, Double timestamp, List<Screen> screens, KeyPlatform platform, String task,
                    Double videoStartTime, Object rawTimestamp, Object rawWidth) {
    static final String TABLE = "recording";
    private static final int MAX_SCREEN_SIDE = 100_000;
    private static final double MAX_PIXEL_RATIO = 16;
    private static final int MAX_TASK_CHARS = 10_000;

    /** Every recording of the database, in row order (the table holds one row per recording: small). */
    static List<RecordingRow> readAll(RecordingDatabase db) throws SQLException {
        String sql = "SELECT r.rowid, " + db.column(TABLE, "r", "id") + ", " + db.column(TABLE, "r", "timestamp") + ", "
                + db.column(TABLE, "r", "monitor_width") + ", " + db.column(TABLE, "r", "monitor_height") + ", "
                + db.column(TABLE, "r", "pixel_ratio") + ", " + db.column(TABLE, "r", "platform") + ", "
                + db.column(TABLE, "r", "task_description") + ", " + db.column(TABLE, "r", "video_start_time")
                + " FROM recording r ORDER BY r.rowid";
        List<RecordingRow> rows = new ArrayList<>();
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                Object id = rs.getObject(2);
                long rowId = id instanceof Number n ? n.longValue() : rs.getLong(1);
                rows.add(new RecordingRow(rowId, Cell.number(rs.getObject(3)),
                        screens(rs.getObject(4), rs.getObject(5), rs.getObject(6)), platform(rs.getObject(7)),
                        task(rs.getObject(8)), Cell.number(rs.getObject(9)), rs.getObject(3), rs.getObject(4)));
            }
        }
        return rows;
    }

    private static List<Screen> screens(Object width, Object height, Object ratio) {
        Double w = Cell.number(width);
        Double h = Cell.number(height);
        if (w == null || h == null) {
            return List.of();
        }
        long wide = Math.round(w);
        long high = Math.round(h);
        if (wide <= 0 || high <= 0 || wide > MAX_SCREEN_SIDE || high > MAX_SCREEN_SIDE) {
            return List.of();
        }
        Double r = Cell.number(ratio);
        double scale = r != null && r > 0 && r <= MAX_PIXEL_RATIO ? r : 1.0;
        return List.of(new Screen(0, 0, 0, (int) wide, (int) high, scale));
    }

    private static KeyPlatform platform(Object value) {
        String name = Cell.text(value);
        if (name == null) {
            return KeyPlatform.UNKNOWN;
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        // sys.platform spells Windows "win32" and Linux "linux" (older Pythons "linux2")
        if (lower.startsWith("win")) {
            return KeyPlatform.WINDOWS;
        }
        if (lower.startsWith("linux")) {
            return KeyPlatform.LINUX;
        }
        return KeyPlatform.ofSystemName(lower);
    }

    private static String task(Object value) {
        String text = Cell.text(value);
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() > MAX_TASK_CHARS ? trimmed.substring(0, MAX_TASK_CHARS) : trimmed;
    }
}
