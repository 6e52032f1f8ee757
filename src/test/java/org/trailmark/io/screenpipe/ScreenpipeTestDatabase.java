package org.trailmark.io.screenpipe;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes screenpipe databases for tests with the schema of screenpipe's migrations
 * (crates/screenpipe-db/src/migrations, MIT): {@code ui_events} as created by
 * 20250201000000_create_ui_events (with its full-text index and triggers) plus the sync columns of
 * 20250201000000_add_accessibility_and_input_tables, and two of the other content tables. The
 * {@link Schema#FIRST} variant is the first release's table, without session or sync columns.
 */
public final class ScreenpipeTestDatabase implements AutoCloseable {

    /** Which version of the table to create. */
    public enum Schema { CURRENT, FIRST }

    private static final String CURRENT_TABLE = """
            CREATE TABLE ui_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
                session_id TEXT,
                relative_ms INTEGER NOT NULL DEFAULT 0,
                event_type TEXT NOT NULL,
                x INTEGER, y INTEGER, delta_x INTEGER, delta_y INTEGER,
                button INTEGER, click_count INTEGER, key_code INTEGER, modifiers INTEGER,
                text_content TEXT, text_length INTEGER,
                app_name TEXT, app_pid INTEGER, window_title TEXT, browser_url TEXT,
                element_role TEXT, element_name TEXT, element_value TEXT, element_description TEXT,
                element_automation_id TEXT, element_bounds TEXT,
                frame_id INTEGER,
                sync_id TEXT, machine_id TEXT, synced_at DATETIME)""";
    /** Without session_id, browser_url, text_length and the sync columns. */
    private static final String FIRST_TABLE = """
            CREATE TABLE ui_events (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                timestamp DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
                relative_ms INTEGER NOT NULL,
                event_type TEXT NOT NULL,
                x INTEGER, y INTEGER, delta_x INTEGER, delta_y INTEGER,
                button INTEGER, click_count INTEGER DEFAULT 1, key_code INTEGER, modifiers INTEGER,
                text_content TEXT,
                app_name TEXT, app_pid INTEGER, window_title TEXT,
                element_role TEXT, element_name TEXT, element_value TEXT, element_description TEXT,
                element_automation_id TEXT, element_bounds TEXT,
                frame_id INTEGER)""";
    private static final List<String> COMMON = List.of(
            "CREATE TABLE frames (id INTEGER PRIMARY KEY AUTOINCREMENT, timestamp TIMESTAMP NOT NULL,"
                    + " video_chunk_id INTEGER, offset_index INTEGER)",
            "CREATE TABLE ocr_text (frame_id INTEGER NOT NULL, text TEXT NOT NULL)",
            "CREATE INDEX idx_ui_events_timestamp ON ui_events(timestamp)",
            "CREATE VIRTUAL TABLE ui_events_fts USING fts5(text_content, app_name, window_title, element_name,"
                    + " content='ui_events', content_rowid='id', tokenize='unicode61')",
            "CREATE TRIGGER ui_events_ai AFTER INSERT ON ui_events BEGIN INSERT INTO ui_events_fts(rowid,"
                    + " text_content, app_name, window_title, element_name) VALUES (NEW.id, NEW.text_content,"
                    + " NEW.app_name, NEW.window_title, NEW.element_name); END");

    private final Connection db;

    private ScreenpipeTestDatabase(Connection db) {
        this.db = db;
    }

    public static ScreenpipeTestDatabase create(Path file) throws SQLException {
        return create(file, Schema.CURRENT);
    }

    public static ScreenpipeTestDatabase create(Path file, Schema schema) throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement st = db.createStatement()) {
            st.execute(schema == Schema.CURRENT ? CURRENT_TABLE : FIRST_TABLE);
            for (String sql : COMMON) {
                st.execute(sql);
            }
        }
        db.setAutoCommit(false);
        return new ScreenpipeTestDatabase(db);
    }

    /** A row with these column values; returns its id. */
    public long insert(Map<String, Object> values) throws SQLException {
        List<String> names = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO ui_events (" + String.join(", ", names) + ") VALUES ("
                + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
        try (PreparedStatement st = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < names.size(); i++) {
                st.setObject(i + 1, values.get(names.get(i)));
            }
            st.executeUpdate();
            try (var keys = st.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : -1;
            }
        }
    }

    /** A row: the time stamp, the type, then column/value pairs. */
    public long row(String timestamp, String type, Object... columnValues) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("timestamp", timestamp);
        values.put("relative_ms", 0);
        values.put("event_type", type);
        for (int i = 0; i < columnValues.length; i += 2) {
            values.put((String) columnValues[i], columnValues[i + 1]);
        }
        return insert(values);
    }

    public void execute(String sql) throws SQLException {
        try (Statement st = db.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        db.commit();
        db.close();
    }
}
