package org.trailmark.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The compare-and-set replacement of a session's task or flag rows, shared by both repositories. */
final class RowEdits {
    private RowEdits() {
    }

    /** Checked inside the edit's transaction, before anything is written. */
    @FunctionalInterface
    interface Guard {
        void check() throws java.sql.SQLException;

        Guard NONE = () -> { };
    }

    static <T> List<T> replace(Database db, RowReplacement.Table<T> table, String sessionId, List<T> expected,
                               List<T> replacement, String what, String actor) {
        return replace(db, table, sessionId, expected, replacement, what, actor, Guard.NONE);
    }

    static <T> List<T> replace(Database db, RowReplacement.Table<T> table, String sessionId, List<T> expected,
                               List<T> replacement, String what, String actor, Guard guard) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(actor, "actor");
        List<T> before = List.copyOf(expected);
        List<T> after = List.copyOf(replacement);
        Instant now = Database.now();
        return db.write("save " + table.noun() + "s", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            guard.check();
            RowReplacement.Result<T> result;
            try {
                result = RowReplacement.apply(db.connection(), table, sessionId, before, after);
            } catch (DamagedDataException e) {
                throw db.damaged(sessionId, e);
            }
            db.audit(now, actor, "edit", sessionId, what + ": " + result.auditDetail());
            return result.stored();
        });
    }
}
