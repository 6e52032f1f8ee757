package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.SubjectIds;

/**
 * Moving sessions between subjects: a reviewer assigning an unassigned recording to a person, and
 * the upgrade that splits the shared "unknown" subject of earlier versions. Call with the
 * workspace lock held, inside a transaction. Audit entries name ids only.
 */
final class UnassignedSubjects {
    private static final String UPGRADE_ACTOR = "migration";

    private UnassignedSubjects() {
    }

    /** The session's subject; the session must exist. */
    static String subjectOf(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT subject_id FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no session " + sessionId);
                }
                return rs.getString(1);
            }
        }
    }

    /** Records a subject the first time it is seen; a known one keeps its first-seen time. */
    static void insertIfNew(Connection c, String subject, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO subjects (id, first_seen) VALUES (?, ?) ON CONFLICT (id) DO NOTHING")) {
            ps.setString(1, subject);
            ps.setString(2, now.toString());
            ps.executeUpdate();
        }
    }

    /** Moves the session to {@code to} (creating the subject when new) and audits who did it. */
    static void move(Connection c, String sessionId, String from, String to, boolean overAnAssignedSubject,
                     Instant now, String actor) throws SQLException {
        insertIfNew(c, to, now);
        try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET subject_id = ? WHERE id = ?")) {
            ps.setString(1, to);
            ps.setString(2, sessionId);
            ps.executeUpdate();
        }
        AuditRows.insert(c, now, actor, AuditActions.SUBJECT_ASSIGNED, sessionId, "subject " + from + " -> " + to
                + (overAnAssignedSubject ? " (forced: it belonged to someone already)" : ""));
    }

    /**
     * Schema step 5: earlier versions put every recording without a host under one subject,
     * "unknown", so that consent, erasure and subject export of it reached several people. Each
     * such session gets the unassigned subject its recording would get on import now.
     */
    static void splitLegacyUnknown(Connection c) throws SQLException {
        List<String> sessionIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sessions WHERE subject_id = ? ORDER BY id")) {
            ps.setString(1, SubjectIds.LEGACY_UNKNOWN);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sessionIds.add(rs.getString(1));
                }
            }
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        for (String id : sessionIds) {
            move(c, id, SubjectIds.LEGACY_UNKNOWN, SubjectIds.unassignedFor(id), false, now, UPGRADE_ACTOR);
        }
    }
}
