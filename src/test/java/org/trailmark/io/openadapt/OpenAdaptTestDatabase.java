package org.trailmark.io.openadapt;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes OpenAdapt databases for tests from the documented schema (openadapt-capture
 * {@code openadapt_capture/db/models.py}, and the older OpenAdapt {@code openadapt/models.py}
 * without {@code recording_id}, {@code video_start_time}, {@code disabled} and {@code pixel_ratio}),
 * with the column types SQLAlchemy declares: timestamps NUMERIC(10, 2), coordinates NUMERIC,
 * flags BOOLEAN (stored 0/1). Values go in as given, so tests can store what a damaged file holds.
 */
public final class OpenAdaptTestDatabase implements AutoCloseable {

    /** A recording row: its id and timestamp, which the rows of other tables name. */
    public record Recording(long id, Object timestamp) {
    }

    /** Which version of the schema to write. */
    public enum Schema {
        /** openadapt-capture (2025): recording_id beside recording_timestamp, video_start_time, disabled… */
        CAPTURE,
        /** OpenAdapt 0.x (2023): rows name their recording by recording_timestamp only. */
        LEGACY
    }

    private final Connection connection;
    private final Schema schema;

    private OpenAdaptTestDatabase(Connection connection, Schema schema) {
        this.connection = connection;
        this.schema = schema;
    }

    public static OpenAdaptTestDatabase create(Path file, Schema schema, String... leaveOutTables) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        List<String> leftOut = List.of(leaveOutTables);
        boolean capture = schema == Schema.CAPTURE;
        String link = capture ? "recording_timestamp NUMERIC(10, 2), recording_id INTEGER REFERENCES recording(id)"
                : "recording_timestamp NUMERIC(10, 2) REFERENCES recording(timestamp)";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recording (id INTEGER PRIMARY KEY, timestamp NUMERIC(10, 2),"
                    + " monitor_width INTEGER, monitor_height INTEGER,"
                    + (capture ? " pixel_ratio FLOAT," : "")
                    + " double_click_interval_seconds NUMERIC, double_click_distance_pixels NUMERIC,"
                    + " platform VARCHAR, task_description VARCHAR"
                    + (capture ? ", video_start_time NUMERIC(10, 2), config JSON, original_recording_id INTEGER" : "")
                    + ")");
            if (!leftOut.contains("action_event")) {
                s.execute("CREATE TABLE action_event (id INTEGER PRIMARY KEY, name VARCHAR, timestamp NUMERIC(10, 2), "
                        + link + ", screenshot_timestamp NUMERIC(10, 2), window_event_timestamp NUMERIC(10, 2),"
                        + " mouse_x NUMERIC, mouse_y NUMERIC, mouse_dx NUMERIC, mouse_dy NUMERIC,"
                        + " mouse_button_name VARCHAR, mouse_pressed BOOLEAN, key_name VARCHAR, key_char VARCHAR,"
                        + " key_vk VARCHAR, canonical_key_name VARCHAR, canonical_key_char VARCHAR,"
                        + " canonical_key_vk VARCHAR, parent_id INTEGER REFERENCES action_event(id),"
                        + " element_state JSON" + (capture ? ", disabled BOOLEAN" : "") + ")");
            }
            if (!leftOut.contains("window_event")) {
                s.execute("CREATE TABLE window_event (id INTEGER PRIMARY KEY, " + link + ", timestamp NUMERIC(10, 2),"
                        + " state JSON, title VARCHAR, \"left\" INTEGER, top INTEGER, width INTEGER, height INTEGER,"
                        + " window_id VARCHAR)");
            }
            if (!leftOut.contains("screenshot")) {
                s.execute("CREATE TABLE screenshot (id INTEGER PRIMARY KEY, " + link + ", timestamp NUMERIC(10, 2),"
                        + " png_data BLOB" + (capture ? ", png_diff_data BLOB, png_diff_mask_data BLOB" : "") + ")");
            }
            s.execute("CREATE TABLE memory_stat (id INTEGER PRIMARY KEY, recording_timestamp INTEGER,"
                    + " memory_usage_bytes NUMERIC(10, 2), timestamp NUMERIC(10, 2))");
        }
        return new OpenAdaptTestDatabase(c, schema);
    }

    /** Opens a database written earlier (for damage done by hand). */
    public static OpenAdaptTestDatabase reopen(Path file) throws SQLException {
        return new OpenAdaptTestDatabase(DriverManager.getConnection("jdbc:sqlite:" + file), Schema.CAPTURE);
    }

    public Recording recording(Object timestamp, Object... columnsAndValues) throws SQLException {
        Map<String, Object> values = values(columnsAndValues);
        values.put("timestamp", timestamp);
        return new Recording(insert("recording", values), timestamp);
    }

    /** An action_event row of the recording: name, timestamp, then column/value pairs. */
    public long action(Recording recording, String name, Object timestamp, Object... columnsAndValues)
            throws SQLException {
        Map<String, Object> values = values(columnsAndValues);
        values.put("name", name);
        values.put("timestamp", timestamp);
        return insert("action_event", linked(recording, values));
    }

    public long window(Recording recording, Object timestamp, String title, Object... columnsAndValues)
            throws SQLException {
        Map<String, Object> values = values(columnsAndValues);
        values.put("timestamp", timestamp);
        values.put("title", title);
        return insert("window_event", linked(recording, values));
    }

    public long screenshot(Recording recording, Object timestamp, byte[] png) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("timestamp", timestamp);
        values.put("png_data", png);
        return insert("screenshot", linked(recording, values));
    }

    /** Runs any statement (damage a test wants to do by hand). */
    public void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }

    public Connection connection() {
        return connection;
    }

    private Map<String, Object> linked(Recording recording, Map<String, Object> values) {
        values.putIfAbsent("recording_timestamp", recording.timestamp());
        if (schema == Schema.CAPTURE) {
            values.putIfAbsent("recording_id", recording.id());
        }
        return values;
    }

    private long insert(String table, Map<String, Object> values) throws SQLException {
        List<String> columns = new ArrayList<>(values.keySet());
        String sql = "INSERT INTO " + table + " (" + String.join(", ", columns.stream().map(c -> "\"" + c + "\"").toList())
                + ") VALUES (" + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        try (PreparedStatement s = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < columns.size(); i++) {
                s.setObject(i + 1, values.get(columns.get(i)));
            }
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static Map<String, Object> values(Object... columnsAndValues) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i + 1 < columnsAndValues.length; i += 2) {
            values.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return values;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
