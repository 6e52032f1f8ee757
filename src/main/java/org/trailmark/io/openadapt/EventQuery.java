package org.trailmark.io.openadapt;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one query that streams a recording's input in time order: its {@code action_event} rows and,
 * when the database has them, its {@code window_event} rows, merged by SQLite and ordered by
 * {@code timestamp} (then table, then row id), the order OpenAdapt itself replays them in. Columns
 * a version lacks are read as NULL. Each action row comes with whether it or its parent was disabled
 * and whether other rows name it as their parent (a summary OpenAdapt built from them).
 */
final class EventQuery {
    static final String ACTIONS = "action_event";
    static final String WINDOWS = "window_event";

    /** Result columns, 1-based. */
    static final int SOURCE = 1;
    static final int ID = 2;
    static final int TIMESTAMP = 3;
    static final int NAME = 4;
    static final int MOUSE_X = 5;
    static final int MOUSE_Y = 6;
    static final int MOUSE_DX = 7;
    static final int MOUSE_DY = 8;
    static final int BUTTON = 9;
    static final int PRESSED = 10;
    static final int KEY_NAME = 11;
    static final int KEY_CHAR = 12;
    static final int KEY_VK = 13;
    static final int DISABLED = 14;
    static final int PARENT_DISABLED = 15;
    static final int SUMMARY = 16;
    static final int TITLE = 17;
    static final int APP = 18;
    static final int COLUMNS = 18;

    static final int FROM_ACTIONS = 0;
    static final int FROM_WINDOWS = 1;

    private final RecordingDatabase db;
    private final RecordingLink actions;
    private final RecordingLink windows;

    /** @param windows how window rows find their recording, or null to read no window rows */
    EventQuery(RecordingDatabase db, RecordingLink actions, RecordingLink windows) {
        this.db = db;
        this.actions = actions;
        this.windows = windows;
    }

    PreparedStatement prepare(RecordingRow recording) throws SQLException {
        PreparedStatement statement = db.connection().prepareStatement(sql());
        int next = actions.bind(statement, 1, recording);
        if (windows != null) {
            windows.bind(statement, next, recording);
        }
        statement.setFetchSize(1024);
        return statement;
    }

    String sql() {
        String a = "a";
        boolean parents = db.has(ACTIONS, "parent_id");
        String id = db.has(ACTIONS, "id") ? "a.id" : "a.rowid";
        StringBuilder sql = new StringBuilder("SELECT ").append(FROM_ACTIONS).append(", ").append(id).append(", ")
                .append(db.column(ACTIONS, a, "timestamp")).append(", ").append(db.column(ACTIONS, a, "name"));
        for (String column : new String[] {"mouse_x", "mouse_y", "mouse_dx", "mouse_dy", "mouse_button_name",
                "mouse_pressed", "key_name", "key_char", "key_vk", "disabled"}) {
            sql.append(", ").append(db.column(ACTIONS, a, column));
        }
        sql.append(", ").append(parents ? db.column(ACTIONS, "p", "disabled") : "NULL")
                .append(", ").append(parents && db.has(ACTIONS, "id") ? "c.pid IS NOT NULL" : "0")
                .append(", NULL, NULL FROM action_event a");
        if (parents && db.has(ACTIONS, "id")) {
            // SQLite indexes the small set of parent ids on its own: no scan per row
            sql.append(" LEFT JOIN action_event p ON p.id = a.parent_id")
                    .append(" LEFT JOIN (SELECT DISTINCT parent_id AS pid FROM action_event")
                    .append(" WHERE parent_id IS NOT NULL) c ON c.pid = a.id");
        }
        sql.append(" WHERE ").append(actions.condition(a));
        if (windows != null) {
            String w = "w";
            sql.append(" UNION ALL SELECT ").append(FROM_WINDOWS).append(", ")
                    .append(db.has(WINDOWS, "id") ? "w.id" : "w.rowid").append(", ")
                    .append(db.column(WINDOWS, w, "timestamp"))
                    .append(", NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 0, ")
                    .append(db.column(WINDOWS, w, "title")).append(", ").append(app())
                    .append(" FROM window_event w WHERE ").append(windows.condition(w));
        }
        return sql.append(" ORDER BY 3, 1, 2").toString();
    }

    /** The application name where the recorder kept it: macOS window metadata (kCGWindowOwnerName). */
    private String app() {
        if (!db.has(WINDOWS, "state")) {
            return "NULL";
        }
        return "CASE WHEN json_valid(w.state) THEN json_extract(w.state, '$.meta.kCGWindowOwnerName') END";
    }
}
