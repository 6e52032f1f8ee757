package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ReviewStatus;

/**
 * Picks the session "next session for me" gives a labeler, inside the caller's write transaction:
 * their own unsubmitted work first, else the oldest open session, fair by capture time. A session is
 * open when nobody is assigned it and nobody holds a live claim on it.
 *
 * <p>On SQLite the transaction's {@code BEGIN IMMEDIATE} already lets one labeler at a time choose, so a
 * second one sees the first one's claim. On PostgreSQL transactions run side by side: each candidate is
 * locked with {@code FOR UPDATE SKIP LOCKED} (a session another labeler is claiming right now is passed
 * over, not waited for) and checked again after the lock, since a claim committed meanwhile is visible
 * only to a new statement.
 */
final class ClaimQueue {
    /** A session still worth labelling: nobody has finished reviewing it. */
    private static final String UNFINISHED = "s.review_status IN ('" + ReviewStatus.NEW.wireName() + "', '"
            + ReviewStatus.IN_REVIEW.wireName() + "')";
    private static final String NOBODY_ELSE_ON_IT = "NOT EXISTS (SELECT 1 FROM assignments a WHERE a.session_id = s.id"
            + " AND (a.how = '" + AssignmentRows.ASSIGNED + "' OR a.submitted_at IS NOT NULL OR a.claimed_until > ?))";

    private record Candidate(String sessionId, String subject) {
    }

    /** What the queue gave: the session and whether it was the labeler's own (assigned) work. */
    record Pick(String sessionId, boolean assigned) {
    }

    private ClaimQueue() {
    }

    static Optional<Pick> pick(Connection c, SqlDialect dialect, String labeler, Instant now) throws SQLException {
        Map<String, ConsentStatus> training = ConsentRows.statusBySubject(c, ConsentPurpose.TRAINING);
        for (Candidate own : candidates(c, "SELECT s.id, s.subject_id FROM sessions s JOIN assignments a"
                + " ON a.session_id = s.id WHERE a.labeler = ? AND a.submitted_at IS NULL AND " + UNFINISHED
                + " ORDER BY s.start_epoch_ms, s.id", labeler)) {
            if (consented(training, own) && lockForClaim(c, dialect, own.sessionId())) {
                return Optional.of(new Pick(own.sessionId(), isAssigned(c, own.sessionId(), labeler)));
            }
        }
        for (Candidate open : candidates(c, "SELECT s.id, s.subject_id FROM sessions s WHERE " + UNFINISHED
                + " AND " + NOBODY_ELSE_ON_IT + " ORDER BY s.start_epoch_ms, s.id", AssignmentRows.time(now))) {
            if (consented(training, open) && lockForClaim(c, dialect, open.sessionId())
                    && stillOpen(c, open.sessionId(), now)) {
                return Optional.of(new Pick(open.sessionId(), false));
            }
        }
        return Optional.empty();
    }

    /**
     * Makes the session this transaction's to claim. SQLite: it is already (one writer at a time).
     * PostgreSQL: the session's row is locked unless another transaction holds it, which then skips it.
     */
    static boolean lockForClaim(Connection c, SqlDialect dialect, String sessionId) throws SQLException {
        if (dialect == SqlDialect.SQLITE) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sessions WHERE id = ? FOR UPDATE SKIP LOCKED")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean consented(Map<String, ConsentStatus> training, Candidate candidate) {
        // labelling a withdrawn session is work no dataset can use, and shows the person to one more reviewer
        return training.getOrDefault(candidate.subject(), ConsentStatus.NONE) != ConsentStatus.WITHDRAWN;
    }

    private static boolean stillOpen(Connection c, String sessionId, Instant now) throws SQLException {
        return !candidates(c, "SELECT s.id, s.subject_id FROM sessions s WHERE s.id = ? AND " + NOBODY_ELSE_ON_IT,
                sessionId, AssignmentRows.time(now)).isEmpty();
    }

    private static boolean isAssigned(Connection c, String sessionId, String labeler) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT how FROM assignments WHERE session_id = ? AND labeler = ?")) {
            ps.setString(1, sessionId);
            ps.setString(2, labeler);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && AssignmentRows.ASSIGNED.equals(rs.getString(1));
            }
        }
    }

    private static List<Candidate> candidates(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            List<Candidate> found = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Candidate(rs.getString(1), rs.getString(2)));
                }
            }
            return found;
        }
    }
}
