package org.trailmark.io.openadapt;

import static org.trailmark.io.openadapt.EventQuery.ACTIONS;
import static org.trailmark.io.openadapt.EventQuery.WINDOWS;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.keys.PynputKeyTranslator;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Streams one recording's rows ({@link EventQuery}) into a {@link SessionLog}, a row at a time, and
 * hashes what it read (the session's identity).
 *
 * <p>Time: session time 0 is the recording's {@code timestamp} (when recording began, epoch
 * seconds); without a usable one, the first row's. A row up to {@value #EARLY_TOLERANCE_S} s before
 * it is placed at 0; earlier rows, and rows beyond the 24 days a session can span, are skipped with
 * a warning, as are rows without a numeric timestamp. Rows come in timestamp order, so a damaged
 * timestamp costs only its own row; rows written out of that order are counted in one warning.
 *
 * <p>Which rows become events: raw input rows ({@code move}, {@code click}, {@code scroll},
 * {@code press}, {@code release}). A row other rows name as {@code parent_id} is a summary OpenAdapt
 * built from them (typed text, a double click, a merged move): it is skipped, since its rows are
 * imported, and counted in a note. Rows their user disabled in OpenAdapt (or whose parent they
 * disabled) are skipped and counted in a note. Window rows become focus events.
 */
final class RecordingEvents {
    static final double EARLY_TOLERANCE_S = 1.0;
    private static final int MAX_TITLE_CHARS = 10_000;

    /** What was read. {@code origin} is the epoch second of session time 0 (NaN when nothing was kept). */
    record Result(SessionLog log, String sha256Hex, double origin, long summaries, long disabled) {
        /** Session milliseconds of an epoch second on this recording's clock. */
        long sessionMs(double epochSeconds) {
            return Math.round((epochSeconds - origin) * 1000);
        }
    }

    private final RowProblems problems;
    private final ImportLimits limits;
    private final SessionLogBuilder events = new SessionLogBuilder(4096);
    private final ActionRow actions;
    private final MessageDigest sha256 = sha256();
    private final Object[] row = new Object[EventQuery.COLUMNS + 1];
    private final ByteBuffer hashBuffer = ByteBuffer.allocate(512);
    private final OutOfOrder actionOrder = new OutOfOrder(ACTIONS);
    private final OutOfOrder windowOrder = new OutOfOrder(WINDOWS);
    private double origin;
    private long summaries;
    private long disabled;

    private RecordingEvents(RowProblems problems, ImportLimits limits, PynputKeyTranslator keys, double origin) {
        this.problems = problems;
        this.limits = limits;
        this.actions = new ActionRow(events, keys, problems);
        this.origin = origin;
    }

    /** Reads the recording's rows; SQLite failures and a recording beyond the limits propagate. */
    static Result read(EventQuery query, RecordingRow recording, PynputKeyTranslator keys, ImportLimits limits,
                       RowProblems problems) throws SQLException, ImportLimits.TooLargeException {
        double origin = recording.timestamp() == null ? Double.NaN : recording.timestamp();
        RecordingEvents reader = new RecordingEvents(problems, limits, keys, origin);
        reader.sha256.update((recording.id() + "|" + recording.rawTimestamp() + "\n").getBytes(
                StandardCharsets.UTF_8));
        try (PreparedStatement statement = query.prepare(recording); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                reader.row(rs);
            }
        }
        reader.actionOrder.report(problems);
        reader.windowOrder.report(problems);
        return new Result(reader.events.build(), HexFormat.of().formatHex(reader.sha256.digest()),
                reader.events.size() == 0 ? Double.NaN : reader.origin, reader.summaries, reader.disabled);
    }

    private void row(ResultSet rs) throws SQLException, ImportLimits.TooLargeException {
        // each column is read from SQLite once, into a row reused for every row
        for (int column = 1; column <= EventQuery.COLUMNS; column++) {
            row[column] = rs.getObject(column);
        }
        boolean fromActions = row[EventQuery.SOURCE] instanceof Number n && n.intValue() == EventQuery.FROM_ACTIONS;
        String table = fromActions ? ACTIONS : WINDOWS;
        long id = row[EventQuery.ID] instanceof Number n ? n.longValue() : 0;
        Object rawTs = row[EventQuery.TIMESTAMP];
        hash();
        if (fromActions && (Boolean.TRUE.equals(Cell.flag(row[EventQuery.DISABLED]))
                || Boolean.TRUE.equals(Cell.flag(row[EventQuery.PARENT_DISABLED])))) {
            disabled++;
            return;
        }
        if (fromActions && row[EventQuery.SUMMARY] instanceof Number n && n.intValue() != 0) {
            summaries++;
            return;
        }
        int t = time(table, id, rawTs);
        if (t < 0) {
            return;
        }
        (fromActions ? actionOrder : windowOrder).saw(id);
        if (fromActions) {
            actions.append(row, id, t);
        } else {
            focus(id, t);
        }
        limits.checkEvents(events.size(), problems.file());
    }

    /** The session time of a row, or -1 when its timestamp is unusable (with a warning). */
    private int time(String table, long id, Object rawTs) {
        Double ts = Cell.number(rawTs);
        if (ts == null) {
            problems.warn(table, id, Cell.numberProblem("timestamp", rawTs) + ": skipped");
            return -1;
        }
        if (Double.isNaN(origin)) {
            origin = ts;
        }
        double seconds = ts - origin;
        if (seconds < -EARLY_TOLERANCE_S) {
            problems.warn(table, id, "timestamp lies " + Math.round(-seconds) + " s before the recording began: skipped");
            return -1;
        }
        double ms = Math.rint(seconds * 1000);
        if (ms > Integer.MAX_VALUE) {
            problems.warn(table, id, "timestamp lies more than 24 days after the recording began: skipped");
            return -1;
        }
        // rows come in timestamp order, so times never decrease; the first second is clamped to 0
        return (int) Math.max(Math.max(ms, 0), events.lastTime());
    }

    private void focus(long id, int t) {
        String title = Cell.text(row[EventQuery.TITLE]);
        String app = Cell.text(row[EventQuery.APP]);
        if (title == null && app == null) {
            problems.warn(WINDOWS, id, "window without a title: skipped");
            return;
        }
        if (title != null && title.length() > MAX_TITLE_CHARS) {
            problems.warn(WINDOWS, id, "title longer than " + String.format("%,d", MAX_TITLE_CHARS)
                    + " characters: the rest is not kept");
            title = title.substring(0, MAX_TITLE_CHARS);
        }
        if (app != null && app.length() > MAX_TITLE_CHARS) {
            app = app.substring(0, MAX_TITLE_CHARS);
        }
        events.focus(t, app, title);
    }

    /** Feeds the row's values to the hash: numbers as their 8 bytes, text as UTF-8, each tagged by type. */
    private void hash() {
        hashBuffer.clear();
        for (int column = 1; column <= EventQuery.COLUMNS; column++) {
            Object value = row[column];
            if (hashBuffer.remaining() < 16) {
                flushHash();
            }
            if (value == null) {
                hashBuffer.put((byte) 0);
            } else if (value instanceof Number n) {
                hashBuffer.put((byte) 1).putDouble(n.doubleValue());
            } else {
                byte[] bytes = value instanceof byte[] b ? b : value.toString().getBytes(StandardCharsets.UTF_8);
                hashBuffer.put((byte) 2).putInt(bytes.length);
                flushHash();
                sha256.update(bytes);
            }
        }
        flushHash();
    }

    private void flushHash() {
        sha256.update(hashBuffer.array(), 0, hashBuffer.position());
        hashBuffer.clear();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * Counts the places where, in time order, a row comes before a row stored ahead of it (OpenAdapt's
     * writers run in parallel): each such row was stored out of time order.
     */
    private static final class OutOfOrder {
        private final String table;
        private long previousId = Long.MIN_VALUE;
        private long count;
        private long firstRow;

        OutOfOrder(String table) {
            this.table = table;
        }

        void saw(long id) {
            if (id < previousId && count++ == 0) {
                firstRow = previousId;
            }
            previousId = id;
        }

        void report(RowProblems problems) {
            if (count > 0) {
                problems.warn(table, firstRow, count + (count == 1 ? " row was" : " rows were")
                        + " stored out of time order (the first is this one); each is placed at its own timestamp,"
                        + " as OpenAdapt replays them");
            }
        }
    }
}
