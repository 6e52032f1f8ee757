package org.trailmark.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.trailmark.model.EventKind;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;

/**
 * A session as the workspace lists it, without its events: cheap to load for every session.
 *
 * @param sourcePath where it was imported from (as given), or null
 */
public record SessionSummary(SessionInfo info, long events, long durationMs, Map<EventKind, Long> counts,
                             List<String> apps, ReviewStatus status, Instant importedAt, String sourcePath) {
    public SessionSummary {
        counts = Map.copyOf(counts);
        apps = List.copyOf(apps);
    }

    public String id() {
        return info.id();
    }

    public String subject() {
        return info.subject();
    }

    public long count(EventKind kind) {
        return counts.getOrDefault(kind, 0L);
    }
}
