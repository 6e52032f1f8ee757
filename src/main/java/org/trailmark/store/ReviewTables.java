package org.trailmark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.trailmark.model.Flag;
import org.trailmark.model.Task;

/** The task and flag tables, one version of them at a time, as {@link RowReplacement.Table}s. */
final class ReviewTables {
    static final RowReplacement.Table<Task> TASKS = tasks(Versions.GOLD);
    static final RowReplacement.Table<Flag> FLAGS = flags(Versions.GOLD);

    /** The tasks of one version: {@link Versions#GOLD} or a labeler's name. */
    static RowReplacement.Table<Task> tasks(String labeler) {
        return new RowReplacement.Table<>() {
            @Override
            public String noun() {
                return "task";
            }

            @Override
            public long id(Task row) {
                return row.id();
            }

            @Override
            public String sessionId(Task row) {
                return row.sessionId();
            }

            @Override
            public Optional<Task> byId(Connection c, long id) throws SQLException {
                return TaskRows.byId(c, id, labeler);
            }

            @Override
            public Task insert(Connection c, Task row) throws SQLException {
                return TaskRows.insert(c, row, labeler);
            }

            @Override
            public void update(Connection c, Task row) throws SQLException {
                TaskRows.update(c, row, labeler);
            }

            @Override
            public void delete(Connection c, long id) throws SQLException {
                TaskRows.delete(c, id, labeler);
            }

            @Override
            public List<String> changedFields(Task before, Task after) {
                return TaskRows.changedFields(before, after);
            }

            @Override
            public String describeNew(Task row) {
                return row.startMs() + "-" + row.endMs() + " ms";
            }
        };
    }

    /** The flags of one version: {@link Versions#GOLD} or a labeler's name. */
    static RowReplacement.Table<Flag> flags(String labeler) {
        return new RowReplacement.Table<>() {
            @Override
            public String noun() {
                return "flag";
            }

            @Override
            public long id(Flag row) {
                return row.id();
            }

            @Override
            public String sessionId(Flag row) {
                return row.sessionId();
            }

            @Override
            public Optional<Flag> byId(Connection c, long id) throws SQLException {
                return FlagRows.byId(c, id, labeler);
            }

            @Override
            public Flag insert(Connection c, Flag row) throws SQLException {
                return FlagRows.insert(c, row, labeler);
            }

            @Override
            public void update(Connection c, Flag row) throws SQLException {
                FlagRows.update(c, row, labeler);
            }

            @Override
            public void delete(Connection c, long id) throws SQLException {
                FlagRows.delete(c, id, labeler);
            }

            @Override
            public List<String> changedFields(Flag before, Flag after) {
                return FlagRows.changedFields(before, after);
            }

            @Override
            public String describeNew(Flag row) {
                return row.startMs() + "-" + row.endMs() + " ms, " + FlagRows.describe(row);
            }
        };
    }

    private ReviewTables() {
    }
}
