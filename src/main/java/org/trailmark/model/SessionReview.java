package org.trailmark.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Where one session stands in review and who put it there.
 *
 * @param reviewer  who set the status, or null for a session nobody has touched
 * @param reason    why it was rejected; null for every other status
 * @param changedAt when the status was last set, or null
 */
public record SessionReview(String sessionId, ReviewStatus status, String reviewer, String reason, Instant changedAt) {
    public SessionReview {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(status, "status");
    }
}
