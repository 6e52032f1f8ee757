package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;
import org.trailmark.model.SubjectIds;

final class JdbcSubjects implements SubjectRepository {
    private final Database db;

    JdbcSubjects(Database db) {
        this.db = db;
    }

    @Override
    public SubjectAssignment assign(String sessionId, String subject, boolean force, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        SubjectIds.problemAsPerson(subject).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        Instant now = Database.now();
        return db.write("assign a subject", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            String from = UnassignedSubjects.subjectOf(db.connection(), sessionId);
            if (from.equals(subject)) {
                return new SubjectAssignment(sessionId, from, from, SubjectAssignment.Outcome.UNCHANGED);
            }
            boolean overSomeone = !SubjectIds.isUnassigned(from);
            if (overSomeone && !force) {
                return new SubjectAssignment(sessionId, from, from, SubjectAssignment.Outcome.ALREADY_ASSIGNED);
            }
            UnassignedSubjects.move(db.connection(), sessionId, from, subject, overSomeone, now, actor);
            return new SubjectAssignment(sessionId, from, subject, overSomeone
                    ? SubjectAssignment.Outcome.REASSIGNED : SubjectAssignment.Outcome.ASSIGNED);
        });
    }
}
