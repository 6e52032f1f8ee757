package org.trailmark.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

final class JdbcVersions implements VersionRepository {
    private final Database db;
    private final WorkspaceUser user;

    JdbcVersions(Database db, WorkspaceUser user) {
        this.db = db;
        this.user = user;
    }

    @Override
    public List<LabelerVersionState> labelers(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read the labelers of a session", () -> AssignedLabelers.of(db.connection(), sessionId));
    }

    @Override
    public List<String> doubleLabelledSessions() {
        return db.read("read double-labelled sessions", () -> AssignedLabelers.doubleLabelled(db.connection()));
    }

    @Override
    public Instant submit(String sessionId, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        String me = user.name();
        Instant now = Database.now();
        return db.write("submit labels", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            VersionRules.requireWritable(db.connection(), sessionId, me, me);
            AssignedLabelers.markSubmitted(db.connection(), sessionId, me, now);
            int tasks = TaskRows.TABLE.ofVersion(db.connection(), sessionId, me).size();
            int flags = FlagRows.TABLE.ofVersion(db.connection(), sessionId, me).size();
            db.audit(now, actor, AuditActions.SUBMIT, sessionId, "version of " + me + " submitted: " + tasks
                    + " task" + (tasks == 1 ? "" : "s") + ", " + flags + " flag" + (flags == 1 ? "" : "s"));
            return now;
        });
    }

    @Override
    public TasksAndFlags adjudicate(String sessionId, TasksAndFlags expected, TasksAndFlags replacement, String what,
                                    String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(actor, "actor");
        Instant now = Database.now();
        return db.write("adjudicate", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            RowReplacement.Result<org.trailmark.model.Task> tasks;
            RowReplacement.Result<org.trailmark.model.Flag> flags;
            try {
                tasks = RowReplacement.apply(db.connection(), TaskRows.GOLD, sessionId, expected.tasks(),
                        replacement.tasks());
                flags = RowReplacement.apply(db.connection(), FlagRows.GOLD, sessionId, expected.flags(),
                        replacement.flags());
            } catch (DamagedDataException e) {
                throw db.damaged(sessionId, e);
            }
            db.audit(now, actor, AuditActions.ADJUDICATE, sessionId, what + ": " + detail(tasks, flags));
            return new TasksAndFlags(tasks.stored(), flags.stored());
        });
    }

    private static String detail(RowReplacement.Result<?> tasks, RowReplacement.Result<?> flags) {
        boolean noTasks = tasks.auditDetail().equals("no change");
        boolean noFlags = flags.auditDetail().equals("no change");
        if (noTasks || noFlags) {
            return noTasks ? flags.auditDetail() : tasks.auditDetail();
        }
        return tasks.auditDetail() + "; " + flags.auditDetail();
    }
}
