package org.trailmark.store;

import java.util.List;

/** The append-only record of what was done, by whom, to which session. Details never hold captured content. */
public interface AuditLog {
    void append(String actor, String action, String sessionId, String detail);

    /** Entries, oldest first; sessionId null for all. */
    List<AuditEntry> entries(String sessionId);

    /**
     * The latest entry that changed what the session's review shows: its tasks, flags, status or
     * labelers, or the label set (an entry without a session). Its id grows with every such change, so
     * comparing ids tells a window cheaply that someone else changed the session.
     */
    java.util.Optional<AuditEntry> lastReviewChange(String sessionId);
}
