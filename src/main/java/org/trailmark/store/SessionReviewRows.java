package org.trailmark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;

/** A session's review columns and the settings table. Call with the workspace lock held. */
final class SessionReviewRows {
    private SessionReviewRows() {
    }

    static Optional<SessionReview> read(Connection c, String sessionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT review_status, reviewer, review_reason,"
                + " review_changed_at FROM sessions WHERE id = ?")) {
            ps.setString(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                try {
                    String changedAt = rs.getString(4);
                    return Optional.of(new SessionReview(sessionId,
                            ReviewStatus.ofWireName(rs.getString(1)).orElseThrow(), rs.getString(2), rs.getString(3),
                            changedAt == null ? null : Instant.parse(changedAt)));
                } catch (RuntimeException e) {
                    throw new DamagedDataException("review columns of a session do not parse", e);
                }
            }
        }
    }

    static void write(Connection c, SessionReview review) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE sessions SET review_status = ?, reviewer = ?,"
                + " review_reason = ?, review_changed_at = ? WHERE id = ?")) {
            ps.setString(1, review.status().wireName());
            SqlValues.setText(ps, 2, review.reviewer());
            SqlValues.setText(ps, 3, review.reason());
            SqlValues.setText(ps, 4, review.changedAt() == null ? null : review.changedAt().toString());
            ps.setString(5, review.sessionId());
            ps.executeUpdate();
        }
    }

    static Optional<String> setting(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    static void putSetting(Connection c, String key, String value) throws SQLException {
        if (value == null) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM settings WHERE key = ?")) {
                ps.setString(1, key);
                ps.executeUpdate();
            }
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }
}
