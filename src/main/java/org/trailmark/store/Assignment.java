package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One labeler's part in one session: assigned by someone (a curator's {@code assign}) or taken by the
 * labeler themselves with "next session for me", and their claim on it while they work.
 *
 * @param assignedBy   who assigned it; the labeler themselves for a session they took
 * @param claimedUntil until when nobody else is given the session; null when never claimed
 * @param submittedAt  when the labeler handed in their labels; null while they work
 * @param taken        true when the labeler took the session from the open queue rather than being assigned it
 */
public record Assignment(String sessionId, String labeler, String assignedBy, Instant assignedAt,
                         Instant claimedUntil, Instant submittedAt, boolean taken) {
    public Assignment {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(labeler, "labeler");
        Objects.requireNonNull(assignedBy, "assignedBy");
        Objects.requireNonNull(assignedAt, "assignedAt");
    }

    /** Whether the labeler's claim still keeps others off the session at {@code now}. */
    public boolean claimLiveAt(Instant now) {
        return claimedUntil != null && claimedUntil.isAfter(now);
    }
}
