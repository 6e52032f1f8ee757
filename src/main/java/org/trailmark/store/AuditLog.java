package org.trailmark.store;

import java.util.List;

/** The append-only record of what was done, by whom, to which session. Details never hold captured content. */
public interface AuditLog {
    void append(String actor, String action, String sessionId, String detail);

    /** Entries, oldest first; sessionId null for all. */
    List<AuditEntry> entries(String sessionId);
}
