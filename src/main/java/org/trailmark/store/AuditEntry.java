package org.trailmark.store;

import java.time.Instant;

/**
 * One line of the append-only audit log. {@code detail} is content-free by rule: ids, counts,
 * statuses; never typed text, titles or secrets.
 */
public record AuditEntry(long id, Instant at, String actor, String action, String sessionId, String detail) {
}
