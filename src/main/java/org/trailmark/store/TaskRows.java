package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;

/**
 * The {@code tasks} table. Each row belongs to one version of its session's labels: the gold set
 * ({@link Versions#GOLD}) or one labeler's independent version (schema step 10); every read and write
 * names the version, so one version's rows never reach another's. Call with the workspace lock held.
 */
final class TaskRows {
    private static final String COLUMNS = "id, session_id, start_ms, end_ms, instruction, label, outcome, notes";

    private TaskRows() {
    }

    static List<Task> ofVersion(Connection c, String sessionId, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM tasks WHERE session_id = ? AND labeler = ? ORDER BY start_ms, end_ms, id")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            return readAll(ps);
        }
    }

    static Optional<Task> byId(Connection c, long id, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM tasks WHERE id = ? AND labeler = ?")) {
            ps.setLong(1, id);
            ps.setString(2, labeler);
            List<Task> found = readAll(ps);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    /** Inserts a draft (id 0) under a fresh id, or a task that was deleted under its old id (undo). */
    static Task insert(Connection c, Task task, String labeler) throws SQLException {
        boolean keepId = task.id() != 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO tasks ("
                + (keepId ? COLUMNS : COLUMNS.substring("id, ".length())) + ", labeler) VALUES ("
                + (keepId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            if (keepId) {
                ps.setLong(i++, task.id());
            }
            bindFields(ps, i, task);
            ps.setString(i + 7, labeler);
            ps.executeUpdate();
        }
        return keepId ? task : task.withId(SqlValues.lastInsertId(c));
    }

    static void update(Connection c, Task task, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE tasks SET session_id = ?, start_ms = ?, end_ms = ?,"
                + " instruction = ?, label = ?, outcome = ?, notes = ? WHERE id = ? AND labeler = ?")) {
            bindFields(ps, 1, task);
            ps.setLong(8, task.id());
            ps.setString(9, labeler);
            ps.executeUpdate();
        }
    }

    static void delete(Connection c, long id, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM tasks WHERE id = ? AND labeler = ?")) {
            ps.setLong(1, id);
            ps.setString(2, labeler);
            ps.executeUpdate();
        }
    }

    /** Names of the fields that differ, for the audit log: which, never what. */
    static List<String> changedFields(Task before, Task after) {
        List<String> fields = new ArrayList<>();
        if (before.startMs() != after.startMs()) {
            fields.add("start_ms");
        }
        if (before.endMs() != after.endMs()) {
            fields.add("end_ms");
        }
        if (!before.instruction().equals(after.instruction())) {
            fields.add("instruction");
        }
        if (!Objects.equals(before.label(), after.label())) {
            fields.add("label");
        }
        if (before.outcome() != after.outcome()) {
            fields.add("outcome");
        }
        if (!Objects.equals(before.notes(), after.notes())) {
            fields.add("notes");
        }
        return fields;
    }

    private static void bindFields(PreparedStatement ps, int first, Task task) throws SQLException {
        int i = first;
        ps.setString(i++, task.sessionId());
        ps.setInt(i++, task.startMs());
        ps.setInt(i++, task.endMs());
        ps.setString(i++, task.instruction());
        SqlValues.setText(ps, i++, task.label());
        SqlValues.setText(ps, i++, task.outcome() == null ? null : task.outcome().wireName());
        SqlValues.setText(ps, i, task.notes());
    }

    private static List<Task> readAll(PreparedStatement ps) throws SQLException {
        List<Task> tasks = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String outcome = rs.getString("outcome");
                try {
                    tasks.add(new Task(rs.getLong("id"), rs.getString("session_id"), rs.getInt("start_ms"),
                            rs.getInt("end_ms"), rs.getString("instruction"), rs.getString("label"),
                            outcome == null ? null : TaskOutcome.ofWireName(outcome).orElseThrow(), rs.getString("notes")));
                } catch (RuntimeException e) {
                    throw new DamagedDataException("task row " + rs.getLong("id") + " does not parse", e);
                }
            }
        }
        return tasks;
    }
}
