package org.trailmark.io.screenpipe;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sqlite.SQLiteConfig;

/**
 * A screenpipe {@code db.sqlite}, opened read-only so the person's file is never changed (no
 * journal, no vacuum, no schema upgrade). Only table and column names are read here, never content.
 */
final class ScreenpipeDatabase {
    static final String DB_FILE = "db.sqlite";
    static final String TABLE = "ui_events";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private ScreenpipeDatabase() {
    }

    /** The database a path names: the file itself, or {@code db.sqlite} in a folder. */
    static Path fileOf(Path path) {
        return Files.isDirectory(path) ? path.resolve(DB_FILE) : path;
    }

    /** Whether the file starts with SQLite's header; cheap, and keeps other files away from the driver. */
    static boolean looksLikeSqlite(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        // a URI with mode=ro: SQLite itself refuses every write, whatever the driver does
        String uri = file.toAbsolutePath().toUri().toString() + "?mode=ro";
        return DriverManager.getConnection("jdbc:sqlite:" + uri, config.toProperties());
    }

    static boolean hasTable(Connection db, String table) throws SQLException {
        try (PreparedStatement st = db.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            st.setString(1, table);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The column names of a table, lower case, in table order. */
    static Set<String> columns(Connection db, String table) throws SQLException {
        Set<String> columns = new LinkedHashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA table_info(\"" + table.replace("\"", "\"\"") + "\")")) {
            while (rs.next()) {
                columns.add(rs.getString("name").toLowerCase(Locale.ROOT));
            }
        }
        return columns;
    }

    /**
     * The tables holding what screenpipe captured besides input events (frames, OCR text, audio…),
     * named so the import report can say they were not used. SQLite's own tables, full-text index
     * shadows and the migration log are left out.
     */
    static List<String> otherContentTables(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            while (rs.next()) {
                String name = rs.getString(1);
                String lower = name.toLowerCase(Locale.ROOT);
                if (!lower.startsWith(TABLE) && !lower.startsWith("sqlite_") && !lower.startsWith("_sqlx")
                        && !lower.contains("_fts")) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
