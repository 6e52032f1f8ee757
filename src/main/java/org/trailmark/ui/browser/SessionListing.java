package org.trailmark.ui.browser;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.governance.RetentionService;
import org.trailmark.governance.SessionExpiry;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** The session list and each session's retention badge, read together off the JavaFX thread. */
public record SessionListing(List<SessionSummary> sessions, Map<String, RetentionBadge> retention) {
    public SessionListing {
        sessions = List.copyOf(sessions);
        retention = Map.copyOf(retention);
    }

    /** Every session, or only {@code subject}'s when not null (subject mode). */
    public static SessionListing read(Workspace workspace, String subject) {
        List<SessionSummary> sessions = subject == null ? workspace.sessions().all()
                : workspace.sessions().ofSubject(subject);
        Instant now = Instant.now();
        Map<String, RetentionBadge> badges = new HashMap<>();
        for (SessionExpiry e : new RetentionService(workspace).expiriesOf(sessions)) {
            badges.put(e.sessionId(), RetentionBadge.of(e, now));
        }
        return new SessionListing(sessions, badges);
    }
}
