package org.trailmark.io.openadapt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A recorder's SQLite file opened for reading only: SQLite is asked never to create, write or
 * journal it (read-only open mode and {@code query_only}), so the user's file keeps its bytes and
 * its modification time. Knows which tables and columns the file has, so that every query names
 * only columns that exist (older OpenAdapt versions lack some).
 */
final class RecordingDatabase implements AutoCloseable {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int BUSY_TIMEOUT_MS = 1000;

    private final Connection connection;
    private final Map<String, Set<String>> columns;

    private RecordingDatabase(Connection connection, Map<String, Set<String>> columns) {
        this.connection = connection;
        this.columns = columns;
    }

    /** Whether the file starts like an SQLite database, read from its first bytes without SQLite. */
    static boolean looksLikeSqlite(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            return n == head.length && Arrays.equals(head, SQLITE_MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Opens the file read-only and reads its schema; SQLite failures propagate. */
    static RecordingDatabase open(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        Connection connection = DriverManager.getConnection(url(file), config.toProperties());
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
            return new RecordingDatabase(connection, readColumns(connection));
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * A database in WAL mode needs a {@code -shm} (and {@code -wal}) file beside it even to be read,
     * and SQLite would create them. When no {@code -wal} file exists, every write reached the database
     * and nobody is writing it, so it is opened as immutable: no file is created and no lock taken.
     */
    private static String url(Path file) {
        Path absolute = file.toAbsolutePath();
        if (inWalMode(absolute) && !Files.exists(absolute.resolveSibling(absolute.getFileName() + "-wal"))) {
            return "jdbc:sqlite:file:" + absolute.toUri().getRawPath() + "?immutable=1";
        }
        return "jdbc:sqlite:" + absolute;
    }

    /** The header's read and write versions are 2 in WAL mode (bytes 18 and 19). */
    private static boolean inWalMode(Path file) {
        byte[] head = new byte[20];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && head[18] == 2 && head[19] == 2;
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, Set<String>> readColumns(Connection connection) throws SQLException {
        Map<String, Set<String>> tables = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT m.name, p.name FROM sqlite_master m"
                     + " JOIN pragma_table_info(m.name) p WHERE m.type = 'table'")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), t -> new TreeSet<>())
                        .add(rs.getString(2).toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    Connection connection() {
        return connection;
    }

    boolean hasTable(String table) {
        return columns.containsKey(table);
    }

    boolean has(String table, String column) {
        Set<String> names = columns.get(table);
        return names != null && names.contains(column);
    }

    /** {@code alias.column} when the table has the column, else SQL {@code NULL}. */
    String column(String table, String alias, String column) {
        return has(table, column) ? alias + "." + quoted(column) : "NULL";
    }

    static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    /**
     * Plain words for an SQLite failure, naming no content: the kind of failure, never the
     * message SQLite wrote (it can quote a value).
     */
    static String describe(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() & 0xff : code.code & 0xff;
        return switch (primary) {
            case 5, 6 -> "the database is locked by another program (is OpenAdapt still recording?)";
            case 11, 26 -> "the database is damaged or not an SQLite database";
            case 14 -> "the database cannot be opened";
            case 23 -> "reading the database is not permitted";
            case 8 -> "the database cannot be read without writing to it (an unfinished write is pending"
                    + " in its journal; open it once in OpenAdapt, or copy it with its -journal/-wal file)";
            default -> "the database could not be read (SQLite error " + primary + ")";
        };
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            // closing a read-only connection loses nothing
        }
    }
}
