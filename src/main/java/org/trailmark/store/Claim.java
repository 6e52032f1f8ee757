package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;

/**
 * The session "next session for me" gave a labeler, and until when it is theirs.
 *
 * @param assigned true when it was assigned to them; false when they took it from the open queue
 */
public record Claim(SessionSummary session, String labeler, Instant until, boolean assigned) {
    public Claim {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(labeler, "labeler");
        Objects.requireNonNull(until, "until");
    }
}
