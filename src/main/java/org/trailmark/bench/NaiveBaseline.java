package org.trailmark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The obvious way to do it, measured in the same run as the real thing: a tree per line with an
 * ObjectMapper, one SQLite row per event, and a Java object per event when loaded.
 */
final class NaiveBaseline {
    /** One event as the obvious code would hold it. */
    record NaiveEvent(long t, String type, Integer x, Integer y, String code, String text, String button,
                      Integer dx, Integer dy, String app, String title) {
    }

    private NaiveBaseline() {
    }

    /** Imports a native .jsonl.gz into a fresh SQLite file, one row per event; returns the event count. */
    static long importFile(Path capture, Path database) throws IOException, SQLException {
        ObjectMapper mapper = new ObjectMapper();
        long events = 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             BufferedReader in = new BufferedReader(new InputStreamReader(
                     new GZIPInputStream(Files.newInputStream(capture), 1 << 16), StandardCharsets.UTF_8))) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("CREATE TABLE events(session TEXT, t INTEGER, type TEXT, x INTEGER, y INTEGER, code TEXT,"
                        + " text TEXT, button TEXT, dx INTEGER, dy INTEGER, app TEXT, title TEXT)");
            }
            c.setAutoCommit(false);
            String header = in.readLine();
            String session = header == null ? "?" : mapper.readTree(header).path("session").asText();
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
                String line;
                while ((line = in.readLine()) != null) {
                    JsonNode n = mapper.readTree(line);
                    insert.setString(1, session);
                    insert.setLong(2, n.path("t").asLong());
                    insert.setString(3, n.path("type").asText());
                    setInt(insert, 4, n.get("x"));
                    setInt(insert, 5, n.get("y"));
                    setText(insert, 6, n.get("code"));
                    setText(insert, 7, n.get("text"));
                    setText(insert, 8, n.get("button"));
                    setInt(insert, 9, n.get("dx"));
                    setInt(insert, 10, n.get("dy"));
                    setText(insert, 11, n.get("app"));
                    setText(insert, 12, n.get("title"));
                    insert.addBatch();
                    if (++events % 10_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
        }
        return events;
    }

    /** Loads every row back into objects, as a naive "open session" would. */
    static List<NaiveEvent> load(Path database) throws SQLException {
        List<NaiveEvent> events = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + database);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t, type, x, y, code, text, button, dx, dy, app, title"
                     + " FROM events ORDER BY rowid")) {
            while (rs.next()) {
                events.add(new NaiveEvent(rs.getLong(1), rs.getString(2), intOrNull(rs, 3), intOrNull(rs, 4),
                        rs.getString(5), rs.getString(6), rs.getString(7), intOrNull(rs, 8), intOrNull(rs, 9),
                        rs.getString(10), rs.getString(11)));
            }
        }
        return events;
    }

    private static Integer intOrNull(ResultSet rs, int index) throws SQLException {
        int value = rs.getInt(index);
        return rs.wasNull() ? null : value;
    }

    private static void setInt(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, java.sql.Types.INTEGER);
        } else {
            ps.setInt(index, value.asInt());
        }
    }

    private static void setText(PreparedStatement ps, int index, JsonNode value) throws SQLException {
        if (value == null || value.isNull()) {
            ps.setNull(index, java.sql.Types.VARCHAR);
        } else {
            ps.setString(index, value.asText());
        }
    }
}
