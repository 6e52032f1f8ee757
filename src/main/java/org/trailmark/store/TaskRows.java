package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;

/**
 * The {@code tasks} table. Each row belongs to one version of its session's labels: the gold set
 * ({@link Versions#GOLD}) or one labeler's independent version (schema step 10); every read and write
 * names the version, so one version's rows never reach another's. Call with the workspace lock held.
 */
final class TaskRows extends VersionedRows<Task> {
    static final TaskRows TABLE = new TaskRows();
    /** The gold set's tasks, as edits replace them. */
    static final RowReplacement.Table<Task> GOLD = TABLE.version(Versions.GOLD);

    private TaskRows() {
        super("tasks", "task", List.of("session_id", "start_ms", "end_ms", "instruction", "label", "outcome", "notes"));
    }

    @Override
    long id(Task row) {
        return row.id();
    }

    @Override
    String sessionId(Task row) {
        return row.sessionId();
    }

    @Override
    Task withId(Task row, long id) {
        return row.withId(id);
    }

    @Override
    String describeNew(Task row) {
        return row.startMs() + "-" + row.endMs() + " ms";
    }

    @Override
    List<String> changedFields(Task before, Task after) {
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

    @Override
    void bindFields(PreparedStatement ps, int first, Task task) throws SQLException {
        int i = first;
        ps.setString(i++, task.sessionId());
        ps.setInt(i++, task.startMs());
        ps.setInt(i++, task.endMs());
        ps.setString(i++, task.instruction());
        SqlValues.setText(ps, i++, task.label());
        SqlValues.setText(ps, i++, task.outcome() == null ? null : task.outcome().wireName());
        SqlValues.setText(ps, i, task.notes());
    }

    @Override
    Task read(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Task(rs.getLong("id"), rs.getString("session_id"), rs.getInt("start_ms"), rs.getInt("end_ms"),
                rs.getString("instruction"), rs.getString("label"),
                outcome == null ? null : TaskOutcome.ofWireName(outcome).orElseThrow(), rs.getString("notes"));
    }
}
