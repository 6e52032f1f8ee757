package org.trailmark.store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

final class JdbcAssignments implements AssignmentRepository {
    private final Database db;
    private final SessionRepository sessions;

    JdbcAssignments(Database db, SessionRepository sessions) {
        this.db = db;
        this.sessions = sessions;
    }

    @Override
    public List<String> assign(String sessionId, List<String> labelers, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        List<String> names = userNames(labelers);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("name at least one labeler to assign the session to");
        }
        Instant now = Database.now();
        return db.write("assign session", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            List<String> added = new ArrayList<>();
            for (String labeler : names) {
                if (AssignmentRows.assign(db.connection(), sessionId, labeler, actor, now)) {
                    added.add(labeler);
                }
            }
            if (!added.isEmpty()) {
                db.audit(now, actor, AuditActions.ASSIGN, sessionId, "to " + String.join(", ", added));
            }
            return added;
        });
    }

    @Override
    public List<String> unassign(String sessionId, List<String> labelers, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(actor, "actor");
        List<String> names = userNames(labelers);
        Instant now = Database.now();
        return db.write("unassign session", () -> {
            if (!db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            List<String> whom = names.isEmpty()
                    ? AssignmentRows.ofSession(db.connection(), sessionId).stream().map(Assignment::labeler).toList()
                    : names;
            List<String> removed = new ArrayList<>();
            for (String labeler : whom) {
                if (AssignmentRows.delete(db.connection(), sessionId, labeler)) {
                    removed.add(labeler);
                }
            }
            if (!removed.isEmpty()) {
                db.audit(now, actor, AuditActions.UNASSIGN, sessionId, "from " + String.join(", ", removed));
            }
            return removed;
        });
    }

    @Override
    public List<Assignment> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read assignments", () -> AssignmentRows.ofSession(db.connection(), sessionId));
    }

    @Override
    public List<Assignment> all() {
        return db.read("read assignments", () -> AssignmentRows.all(db.connection()));
    }

    @Override
    public Optional<Claim> next(String labeler) {
        String me = WorkspaceUser.checkedName(labeler);
        Instant now = Database.now();
        Optional<ClaimQueue.Pick> picked = db.write("claim the next session", () -> {
            Instant until = now.plus(claimTime(db));
            Optional<ClaimQueue.Pick> pick = ClaimQueue.pick(db.connection(), db.dialect(), me, now);
            if (pick.isPresent()) {
                String sessionId = pick.get().sessionId();
                AssignmentRows.dropLapsedTakers(db.connection(), sessionId, me, now);
                AssignmentRows.claim(db.connection(), sessionId, me, now, until);
                db.audit(now, me, AuditActions.CLAIM, sessionId, "until " + AssignmentRows.time(until));
            }
            return pick;
        });
        if (picked.isEmpty()) {
            return Optional.empty();
        }
        String sessionId = picked.get().sessionId();
        Assignment mine = ofSession(sessionId).stream().filter(a -> a.labeler().equals(me)).findFirst()
                .orElseThrow(() -> new WorkspaceException("the claim on session " + sessionId + " in workspace "
                        + db.where() + " vanished as it was made"));
        SessionSummary summary = sessions.find(sessionId).orElseThrow(() -> db.noSession(sessionId));
        return Optional.of(new Claim(summary, me, mine.claimedUntil(), picked.get().assigned()));
    }

    @Override
    public void renewClaim(String sessionId, String labeler) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(labeler, "labeler");
        Instant now = Database.now();
        db.write("renew the claim", () -> AssignmentRows.renew(db.connection(), sessionId, labeler,
                now.plus(claimTime(db))));
    }

    @Override
    public Duration claimTime() {
        return db.read("read settings", () -> claimTime(db));
    }

    /** Call with the lock held. A setting that is not a positive whole number of minutes counts as unset. */
    private static Duration claimTime(Database db) throws java.sql.SQLException {
        Optional<String> minutes = SessionReviewRows.setting(db.connection(), CLAIM_MINUTES_SETTING);
        try {
            long m = minutes.map(String::strip).map(Long::parseLong).orElse(DEFAULT_CLAIM.toMinutes());
            return m > 0 && m <= 7 * 24 * 60 ? Duration.ofMinutes(m) : DEFAULT_CLAIM;
        } catch (NumberFormatException e) {
            return DEFAULT_CLAIM;
        }
    }

    private static List<String> userNames(List<String> labelers) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String labeler : labelers) {
            names.add(WorkspaceUser.checkedName(labeler));
        }
        return List.copyOf(names);
    }
}
