package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A review table whose rows each belong to one version of a session's labels: the gold set
 * ({@link Versions#GOLD}) or one labeler's independent version (schema step 10). The statements tasks
 * and flags share live here; a subclass names its columns and says how a row binds and reads. Every
 * statement names the version, so one version's rows never reach another's. Call with the workspace
 * lock held.
 *
 * @param <T> the row: a task or a flag
 */
abstract class VersionedRows<T> {
    private final String table;
    private final String noun;
    private final List<String> fields;
    private final String selectColumns;

    /**
     * @param table  the table's name
     * @param noun   what one row is called in messages and the audit log
     * @param fields the columns a row binds, in binding order: all but {@code id} and {@code labeler}
     */
    VersionedRows(String table, String noun, List<String> fields) {
        this.table = table;
        this.noun = noun;
        this.fields = List.copyOf(fields);
        this.selectColumns = "id, " + String.join(", ", fields);
    }

    abstract long id(T row);

    abstract String sessionId(T row);

    abstract T withId(T row, long id);

    /** Binds the row's {@code fields} from parameter {@code first} on, in the order the constructor named them. */
    abstract void bindFields(PreparedStatement ps, int first, T row) throws SQLException;

    /** The row at the cursor; a runtime exception says it does not parse. */
    abstract T read(ResultSet rs) throws SQLException;

    /** Names of the fields that differ, for the audit log: which, never what a person typed. */
    abstract List<String> changedFields(T before, T after);

    /** How the audit log names a new row: its span and labels, never its text. */
    abstract String describeNew(T row);

    final String noun() {
        return noun;
    }

    final List<T> ofVersion(Connection c, String sessionId, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + selectColumns + " FROM " + table
                + " WHERE session_id = ? AND labeler = ? ORDER BY start_ms, end_ms, id")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            return readAll(ps);
        }
    }

    final Optional<T> byId(Connection c, long id, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + selectColumns + " FROM " + table
                + " WHERE id = ? AND labeler = ?")) {
            ps.setLong(1, id);
            ps.setString(2, labeler);
            List<T> found = readAll(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Inserts a draft (id 0) under a fresh id, or a row that was deleted under its old id (undo). */
    final T insert(Connection c, T row, String labeler) throws SQLException {
        boolean keepId = id(row) != 0;
        String columns = (keepId ? "id, " : "") + String.join(", ", fields) + ", labeler";
        String marks = "?, ".repeat(fields.size() + (keepId ? 1 : 0)) + "?";
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
            int i = 1;
            if (keepId) {
                ps.setLong(i++, id(row));
            }
            bindFields(ps, i, row);
            ps.setString(i + fields.size(), labeler);
            ps.executeUpdate();
        }
        return keepId ? row : withId(row, SqlValues.lastInsertId(c));
    }

    final void update(Connection c, T row, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET " + String.join(" = ?, ", fields)
                + " = ? WHERE id = ? AND labeler = ?")) {
            bindFields(ps, 1, row);
            ps.setLong(fields.size() + 1, id(row));
            ps.setString(fields.size() + 2, labeler);
            ps.executeUpdate();
        }
    }

    final void delete(Connection c, long id, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table + " WHERE id = ? AND labeler = ?")) {
            ps.setLong(1, id);
            ps.setString(2, labeler);
            ps.executeUpdate();
        }
    }

    /** This table's rows of one version, as {@link RowEdits} and {@link RowReplacement} edit them. */
    final RowReplacement.Table<T> version(String labeler) {
        VersionedRows<T> rows = this;
        return new RowReplacement.Table<>() {
            @Override
            public String noun() {
                return noun;
            }

            @Override
            public long id(T row) {
                return rows.id(row);
            }

            @Override
            public String sessionId(T row) {
                return rows.sessionId(row);
            }

            @Override
            public Optional<T> byId(Connection c, long id) throws SQLException {
                return rows.byId(c, id, labeler);
            }

            @Override
            public T insert(Connection c, T row) throws SQLException {
                return rows.insert(c, row, labeler);
            }

            @Override
            public void update(Connection c, T row) throws SQLException {
                rows.update(c, row, labeler);
            }

            @Override
            public void delete(Connection c, long id) throws SQLException {
                rows.delete(c, id, labeler);
            }

            @Override
            public List<String> changedFields(T before, T after) {
                return rows.changedFields(before, after);
            }

            @Override
            public String describeNew(T row) {
                return rows.describeNew(row);
            }
        };
    }

    private List<T> readAll(PreparedStatement ps) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                try {
                    rows.add(read(rs));
                } catch (RuntimeException e) {
                    throw new DamagedDataException(noun + " row " + rs.getLong("id") + " does not parse", e);
                }
            }
        }
        return rows;
    }
}
