package org.trailmark.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Copies a whole workspace into an empty one, table by table, row by row, whatever the two backends:
 * sessions and their chunks, review, consent, the audit log, settings and the pseudonym secret (so
 * exports made from the copy get the same pseudonyms), then the media files. Then it verifies: per
 * table, the row count and a SHA-256 over every row in key order must be equal on both sides.
 * The target is written in one transaction: a copy that fails leaves it empty.
 */
public final class WorkspaceCopy {
    /** Screen media bytes: copied file by file after the rows, wherever each backend keeps them. */
    private static final String MEDIA_CONTENT = "media_content";

    /** Tables that hold no workspace content: the schema's own bookkeeping, made by each backend itself. */
    private static final Set<String> BOOKKEEPING = Set.of("trailmark_schema", "sqlite_sequence", "sqlite_stat1",
            "workspace_members", MEDIA_CONTENT);

    /** Rows a new workspace starts with: its own label set, settings and secret (replaced) and audit entries (kept). */
    private static final Set<String> MADE_BY_A_NEW_WORKSPACE = Set.of("labels", "settings", "secrets", "audit");
    /** Append-only: the target's own entries (e.g. who set the team workspace up) stay, the copied ones follow. */
    private static final String AUDIT = "audit";

    private WorkspaceCopy() {
    }

    /** What was copied, per table, and whether both sides agree. */
    public record Report(Map<String, TableFigures> tables, int mediaFiles) {
        public long rows() {
            return tables.values().stream().mapToLong(TableFigures::rows).sum();
        }
    }

    /** One table's rows and checksum, equal on both sides. */
    public record TableFigures(long rows, String sha256) {
    }

    /**
     * Copies {@code from} into {@code to}, which must hold no sessions, subjects, consent or audit
     * entries yet (a new workspace), and verifies the copy.
     *
     * @throws WorkspaceException when the target is not empty, or the copy does not verify
     */
    public static Report copy(Workspace from, Workspace to) {
        Database source = from.database();
        Database target = to.database();
        if (target.isReadOnly()) {
            throw new WorkspaceException("cannot copy into workspace " + target.where() + ": it is read-only");
        }
        List<String> tables = source.locked("list the tables to copy", () -> tablesInDependencyOrder(source.connection()));
        Map<String, List<String>> columns = new LinkedHashMap<>();
        target.locked("check the target workspace", () -> {
            for (String table : tables) {
                List<String> targetColumns = columnsOf(target.connection(), table);
                if (targetColumns.isEmpty()) {
                    throw new WorkspaceException("workspace " + target.where() + " has no table " + table
                            + "; is it a Trailmark workspace of the same version?");
                }
                if (countRows(target.connection(), table) > 0 && !MADE_BY_A_NEW_WORKSPACE.contains(table)) {
                    throw new WorkspaceException("workspace " + target.where() + " is not empty (table " + table
                            + " has rows); copy into a new workspace");
                }
                columns.put(table, targetColumns);
            }
            return null;
        });
        long auditBefore = target.locked("check the target workspace", () -> maxId(target.connection(), AUDIT));
        source.locked("read the workspace to copy", () -> {
            target.write("copy into workspace", () -> {
                try (Statement s = target.connection().createStatement()) {
                    s.execute(target.dialect().deferForeignKeys());
                }
                for (String table : tables) {
                    List<String> shared = sharedColumns(source, table, columns);
                    if (table.equals(AUDIT)) {
                        shared.remove("id"); // appended after the target's own entries, in the source's order
                    } else {
                        // a new workspace makes its own label set, settings and secret: the copy replaces them
                        try (Statement s = target.connection().createStatement()) {
                            s.executeUpdate("DELETE FROM " + table);
                        }
                    }
                    copyRows(source.connection(), target.connection(), table, shared);
                    if (shared.contains("id")) {
                        to.housekeeping().afterIdsGiven(target.connection(), table, "id");
                    }
                }
                return null;
            });
            return null;
        });
        Map<String, TableFigures> figures = new TreeMap<>();
        for (String table : tables) {
            List<String> shared = source.locked("read columns", () -> sharedColumns(source, table, columns));
            String copied = "";
            if (table.equals(AUDIT)) {
                shared.remove("id");
                copied = " WHERE id > " + auditBefore;
            }
            String targetRows = copied;
            TableFigures a = source.locked("verify the copy", () -> figures(source.connection(), table, shared, ""));
            TableFigures b = target.locked("verify the copy", () -> figures(target.connection(), table, shared, targetRows));
            if (!a.equals(b)) {
                throw new WorkspaceException("the copy of table " + table + " does not match: " + a.rows()
                        + " rows in " + source.where() + ", " + b.rows() + " in " + target.where());
            }
            figures.put(table, a);
        }
        int media = copyMedia(from, to);
        return new Report(figures, media);
    }

    private static void copyRows(Connection from, Connection to, String table, List<String> columns)
            throws SQLException {
        String list = String.join(", ", columns);
        String marks = String.join(", ", columns.stream().map(c -> "?").toList());
        try (Statement read = from.createStatement();
             ResultSet rs = read.executeQuery("SELECT " + list + " FROM " + table + orderBy(from, table, columns));
             PreparedStatement write = to.prepareStatement("INSERT INTO " + table + " (" + list + ") VALUES (" + marks + ")")) {
            int batched = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns.size(); i++) {
                    write.setObject(i, rs.getObject(i));
                }
                write.addBatch();
                if (++batched == 500) {
                    write.executeBatch();
                    batched = 0;
                }
            }
            if (batched > 0) {
                write.executeBatch();
            }
        }
    }

    private static List<String> sharedColumns(Database source, String table, Map<String, List<String>> targetColumns)
            throws SQLException {
        List<String> shared = new ArrayList<>(columnsOf(source.connection(), table));
        shared.retainAll(targetColumns.get(table));
        // PostgreSQL fills it with the connecting user itself: the copier, not who wrote the entry
        shared.remove("db_user");
        return shared;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static TableFigures figures(Connection c, String table, List<String> columns, String where)
            throws SQLException {
        MessageDigest sha = sha256();
        long rows = 0;
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(", ", columns) + " FROM " + table + where
                     + " ORDER BY " + String.join(", ", columns))) {
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns.size(); i++) {
                    sha.update(canonical(rs.getObject(i)));
                    sha.update((byte) 0x1f);
                }
                sha.update((byte) 0x1e);
            }
        }
        return new TableFigures(rows, HexFormat.of().formatHex(sha.digest()));
    }

    /** The same value reads the same from either driver: numbers by value, text as UTF-8, bytes as they are. */
    private static byte[] canonical(Object value) {
        if (value == null) {
            return new byte[] {0};
        }
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof Boolean b) {
            return (b ? "1" : "0").getBytes(StandardCharsets.US_ASCII);
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString().getBytes(StandardCharsets.US_ASCII);
        }
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String orderBy(Connection c, String table, List<String> columns) throws SQLException {
        List<String> key = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getPrimaryKeys(null, null, table)) {
            Map<Integer, String> bySeq = new TreeMap<>();
            while (rs.next()) {
                bySeq.put(rs.getInt("KEY_SEQ"), rs.getString("COLUMN_NAME"));
            }
            key.addAll(bySeq.values());
        }
        if (key.isEmpty() && c.getMetaData().getURL().startsWith("jdbc:sqlite:")) {
            return " ORDER BY rowid"; // insertion order, which context spans are read back in
        }
        if (key.isEmpty() && columns.contains("rowid")) {
            return " ORDER BY rowid";
        }
        return key.isEmpty() ? "" : " ORDER BY " + String.join(", ", key);
    }

    /** Parents before children, so that every row's foreign keys exist when it is written. */
    static List<String> tablesInDependencyOrder(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        Set<String> all = new LinkedHashSet<>();
        try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if ((schema == null || schema.equals("public")) && !BOOKKEEPING.contains(name) && !name.startsWith("sqlite_")) {
                    all.add(name);
                }
            }
        }
        Map<String, Set<String>> parents = new TreeMap<>();
        for (String table : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, null, table)) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(table) && all.contains(parent)) {
                        p.add(parent);
                    }
                }
            }
            parents.put(table, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < parents.size()) {
            boolean progressed = false;
            for (Map.Entry<String, Set<String>> e : parents.entrySet()) {
                if (!ordered.contains(e.getKey()) && ordered.containsAll(e.getValue())) {
                    ordered.add(e.getKey());
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new WorkspaceException("the workspace's tables refer to each other in a circle");
            }
        }
        return ordered;
    }

    private static List<String> columnsOf(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table + " WHERE 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                names.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
            }
        } catch (SQLException e) {
            return List.of(); // no such table in this workspace
        }
        return names;
    }

    private static long countRows(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /**
     * Each file the copied sessions cite, from wherever the source keeps it (its folder, or its database
     * through this computer's cache) to wherever the target does, checked against its hash on arrival.
     * A file the source itself lacks stays missing: the copy cannot make it up.
     */
    private static int copyMedia(Workspace from, Workspace to) {
        Set<String> cited = to.database().locked("list the screen media to copy",
                () -> MediaRows.referencedHashes(to.database().connection()));
        int copied = 0;
        for (String sha : new java.util.TreeSet<>(cited)) {
            java.util.Optional<java.nio.file.Path> file = from.media().file(sha);
            if (file.isEmpty()) {
                continue;
            }
            try {
                to.media().put(sha, file.get());
            } catch (WorkspaceException e) {
                throw new WorkspaceException("the rows were copied, but not the screen media: " + e.getMessage());
            }
            copied++;
        }
        return copied;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
