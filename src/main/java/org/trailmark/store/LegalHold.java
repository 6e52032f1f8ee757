package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A legal hold on one session or on every session of one subject: while it is open, nothing it covers
 * expires or is erased. A released hold stays as history.
 *
 * @param sessionId the held session, or null for a hold on a subject
 * @param subjectId the held subject, or null for a hold on a session
 * @param reason    why, in words the held person may read (decision 0023)
 */
public record LegalHold(long id, String sessionId, String subjectId, String reason, String placedBy,
                        Instant placedAt, String releasedBy, Instant releasedAt) {
    public LegalHold {
        if ((sessionId == null) == (subjectId == null)) {
            throw new IllegalArgumentException("a hold is on exactly one session or one subject");
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
    }

    public boolean isOpen() {
        return releasedAt == null;
    }

    public boolean onSubject() {
        return subjectId != null;
    }

    /** "session S" or "subject ID": what the hold covers, for messages. */
    public String target() {
        return onSubject() ? "subject " + subjectId : "session " + sessionId;
    }
}
