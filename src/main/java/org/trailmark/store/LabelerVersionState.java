package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;

/** One labeler assigned to a session, and when they submitted their version (null: not yet). */
public record LabelerVersionState(String labeler, Instant submittedAt) {
    public LabelerVersionState {
        Objects.requireNonNull(labeler, "labeler");
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
