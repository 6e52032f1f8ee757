package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

final class JdbcHolds implements HoldRepository {
    /** Who may place a hold on a team workspace: the people who keep data and answer for it. */
    private static final Set<String> PLACERS = Set.of("curator", MemberRole.ADMIN);

    private final Database db;

    JdbcHolds(Database db) {
        this.db = db;
    }

    @Override
    public LegalHold placeOnSession(String sessionId, String reason, String actor) {
        Objects.requireNonNull(sessionId, "sessionId");
        return place(sessionId, null, reason, actor);
    }

    @Override
    public LegalHold placeOnSubject(String subject, String reason, String actor) {
        Objects.requireNonNull(subject, "subject");
        return place(null, subject, reason, actor);
    }

    private LegalHold place(String sessionId, String subject, String reason, String actor) {
        Objects.requireNonNull(actor, "actor");
        String why = requireReason(reason);
        requireWritable("place a legal hold");
        Instant now = Database.now();
        return db.write("place a legal hold", () -> {
            MemberRole.require(db, PLACERS, "place a legal hold");
            if (sessionId != null && !db.sessionExists(sessionId)) {
                throw db.noSession(sessionId);
            }
            if (subject != null && !subjectExists(subject)) {
                throw new WorkspaceException("no subject " + subject + " in workspace " + db.where());
            }
            long id = HoldRows.insert(db.connection(), sessionId, subject, why, actor, now);
            // Content-free: the hold's id and what it covers; the reason stays in the hold itself.
            db.audit(now, actor, AuditActions.HOLD_PLACED, sessionId,
                    "hold " + id + " placed on " + (subject != null ? "subject=" + subject : "session"));
            return HoldRows.find(db.connection(), id).orElseThrow();
        });
    }

    @Override
    public LegalHold release(long holdId, String actor) {
        Objects.requireNonNull(actor, "actor");
        requireWritable("release a legal hold");
        Instant now = Database.now();
        return db.write("release a legal hold", () -> {
            MemberRole.require(db, Set.of(MemberRole.ADMIN), "release a legal hold");
            LegalHold hold = HoldRows.find(db.connection(), holdId).orElseThrow(() -> new WorkspaceException(
                    "no legal hold " + holdId + " in workspace " + db.where()));
            if (!hold.isOpen()) {
                throw new WorkspaceException("legal hold " + holdId + " was already released by " + hold.releasedBy()
                        + " at " + hold.releasedAt());
            }
            HoldRows.release(db.connection(), holdId, actor, now);
            db.audit(now, actor, AuditActions.HOLD_RELEASED, hold.sessionId(), "hold " + holdId + " released from "
                    + (hold.onSubject() ? "subject=" + hold.subjectId() : "session"));
            return HoldRows.find(db.connection(), holdId).orElseThrow();
        });
    }

    @Override
    public List<LegalHold> all() {
        return db.read("read legal holds", () -> HoldRows.all(db.connection()));
    }

    @Override
    public List<LegalHold> openOn(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read legal holds", () -> HoldRows.openOn(db.connection(), sessionId));
    }

    static String requireReason(String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new IllegalArgumentException("a legal hold needs a reason (--reason TEXT)");
        }
        if (why.length() > MAX_REASON) {
            throw new IllegalArgumentException("a hold's reason is at most " + MAX_REASON + " characters");
        }
        return why;
    }

    private void requireWritable(String doing) {
        if (db.isReadOnly()) {
            throw new WorkspaceException("cannot " + doing + " in workspace " + db.where() + ": it is read-only");
        }
    }

    private boolean subjectExists(String subject) throws java.sql.SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT 1 FROM subjects WHERE id = ?")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
