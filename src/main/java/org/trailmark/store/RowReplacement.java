package org.trailmark.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Replaces a set of rows with another as one compare-and-set: the rows must still be exactly as
 * the caller saw them, or nothing is written. Every review edit (add, edit, delete, split,
 * merge) and its undo is such a replacement, so one code path keeps them all atomic.
 * Call inside a transaction with the workspace lock held.
 */
final class RowReplacement {
    /** How to reach one table of session-owned rows. */
    interface Table<T> {
        String noun();

        long id(T row);

        String sessionId(T row);

        Optional<T> byId(Connection c, long id) throws SQLException;

        T insert(Connection c, T row) throws SQLException;

        void update(Connection c, T row) throws SQLException;

        void delete(Connection c, long id) throws SQLException;

        List<String> changedFields(T before, T after);

        String describeNew(T row);
    }

    record Result<T>(List<T> stored, String auditDetail) {
    }

    private RowReplacement() {
    }

    static <T> Result<T> apply(Connection c, Table<T> table, String sessionId, List<T> expected, List<T> replacement)
            throws SQLException {
        Map<Long, T> before = new HashMap<>();
        for (T row : expected) {
            requireSession(table, row, sessionId);
            long id = table.id(row);
            if (id == 0 || before.put(id, row) != null) {
                throw new IllegalArgumentException("expected " + table.noun() + "s need distinct stored ids");
            }
            Optional<T> current = table.byId(c, id);
            if (current.isEmpty() || !current.get().equals(row)) {
                throw new StaleEditException(table.noun() + " " + id + " was changed or removed elsewhere"
                        + " (another window or a script); reload and try again");
            }
        }
        Set<Long> kept = new LinkedHashSet<>();
        for (T row : replacement) {
            requireSession(table, row, sessionId);
            long id = table.id(row);
            if (id != 0 && !kept.add(id)) {
                throw new IllegalArgumentException("a " + table.noun() + " id appears twice in one edit");
            }
            if (id != 0 && !before.containsKey(id) && table.byId(c, id).isPresent()) {
                throw new StaleEditException(table.noun() + " " + id + " already exists; reload and try again");
            }
        }
        List<String> changes = new ArrayList<>();
        for (Long id : before.keySet().stream().sorted().toList()) {
            if (!kept.contains(id)) {
                table.delete(c, id);
                changes.add(table.noun() + " " + id + " deleted");
            }
        }
        List<T> stored = new ArrayList<>(replacement.size());
        for (T row : replacement) {
            T old = before.get(table.id(row));
            if (old == null) {
                T added = table.insert(c, row);
                stored.add(added);
                changes.add(table.noun() + " " + table.id(added) + " added (" + table.describeNew(added) + ")");
            } else {
                List<String> fields = table.changedFields(old, row);
                if (!fields.isEmpty()) {
                    table.update(c, row);
                    changes.add(table.noun() + " " + table.id(row) + " changed " + String.join(", ", fields));
                }
                stored.add(row);
            }
        }
        return new Result<>(List.copyOf(stored), changes.isEmpty() ? "no change" : String.join("; ", changes));
    }

    private static <T> void requireSession(Table<T> table, T row, String sessionId) {
        if (!table.sessionId(row).equals(sessionId)) {
            throw new IllegalArgumentException("every " + table.noun() + " of one edit must belong to its session");
        }
    }
}
