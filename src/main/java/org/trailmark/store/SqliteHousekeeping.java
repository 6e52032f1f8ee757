package org.trailmark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** SQLite: secure_delete, VACUUM and a truncating checkpoint; the size is the file plus its write-ahead log. */
final class SqliteHousekeeping implements Housekeeping {
    private final Path file;

    SqliteHousekeeping(Path file) {
        this.file = file;
    }

    @Override
    public boolean secureDelete(Connection c, boolean on) throws SQLException {
        return SessionErasure.secureDelete(c, on);
    }

    @Override
    public boolean wipeFreedPages(Connection c) throws SQLException {
        return SessionErasure.wipeFreedPages(c);
    }

    @Override
    public void checkpoint(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    @Override
    public String integrityCheck(Connection c) throws SQLException {
        StringBuilder sb = new StringBuilder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(rs.getString(1));
            }
        }
        return sb.toString();
    }

    @Override
    public int schemaVersion(Connection c) throws SQLException {
        return Migrations.schemaVersion(c);
    }

    @Override
    public long storedBytes(Connection c) {
        long total = 0;
        for (Path p : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
            try {
                total += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                // Only a figure for reports; nothing depends on it.
            }
        }
        return total;
    }
}
