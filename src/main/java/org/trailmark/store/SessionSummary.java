package org.trailmark.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.EventKind;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;

/**
 * A session as the workspace lists it, without its events: cheap to load for every session.
 *
 * @param sourcePath      where it was imported from (as given), or null
 * @param trainingConsent where its subject's consent to the training purpose stands now
 */
public record SessionSummary(SessionInfo info, long events, long durationMs, Map<EventKind, Long> counts,
                             List<String> apps, ReviewStatus status, Instant importedAt, String sourcePath,
                             ConsentStatus trainingConsent) {
    public SessionSummary {
        counts = Map.copyOf(counts);
        apps = List.copyOf(apps);
        Objects.requireNonNull(trainingConsent, "trainingConsent");
    }

    /** A summary made without the consent records at hand: no training consent is assumed. */
    public SessionSummary(SessionInfo info, long events, long durationMs, Map<EventKind, Long> counts,
                          List<String> apps, ReviewStatus status, Instant importedAt, String sourcePath) {
        this(info, events, durationMs, counts, apps, status, importedAt, sourcePath, ConsentStatus.NONE);
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

    /** The same summary with another training consent status. */
    public SessionSummary withTrainingConsent(ConsentStatus consent) {
        return new SessionSummary(info, events, durationMs, counts, apps, status, importedAt, sourcePath, consent);
    }
}
