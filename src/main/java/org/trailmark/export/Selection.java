package org.trailmark.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * Which sessions an export takes. Consent is checked first and no option overrides it: a subject
 * without a standing training grant contributes nothing, and a session no person is assigned to
 * has nobody who could grant it.
 */
public record Selection(List<Chosen> included, Map<ExclusionReason, Integer> excluded) {
    /** A session that goes in, with what decided it. */
    public record Chosen(SessionSummary session, SessionReview review, long consentRecordId) {
    }

    public Selection {
        included = List.copyOf(included);
        excluded = Map.copyOf(excluded);
    }

    public static Selection of(Workspace workspace, boolean includeUnreviewed, ExportFilter filter) {
        List<Chosen> in = new ArrayList<>();
        Map<ExclusionReason, Integer> out = new EnumMap<>(ExclusionReason.class);
        List<SessionSummary> sessions = new ArrayList<>(workspace.sessions().all());
        sessions.sort(Comparator.comparing(SessionSummary::id));
        for (SessionSummary s : sessions) {
            if (SubjectIds.isUnassigned(s.subject())) {
                out.merge(ExclusionReason.NO_PERSON_ASSIGNED, 1, Integer::sum);
                continue;
            }
            ConsentState consent = workspace.consent().state(s.subject(), ConsentPurpose.TRAINING);
            SessionReview review = workspace.review().status(s.id());
            ExclusionReason reason = reasonToExclude(consent, review.status(), includeUnreviewed);
            if (reason == null && !filter.takesSession(s.info())) {
                reason = ExclusionReason.FILTERED_OUT;
            }
            if (reason == null) {
                in.add(new Chosen(s, review, consent.deciding().id()));
            } else {
                out.merge(reason, 1, Integer::sum);
            }
        }
        return new Selection(in, out);
    }

    private static ExclusionReason reasonToExclude(ConsentState consent, ReviewStatus status, boolean includeUnreviewed) {
        if (!consent.permits()) {
            return consent.status() == ConsentStatus.WITHDRAWN
                    ? ExclusionReason.CONSENT_WITHDRAWN : ExclusionReason.NO_TRAINING_CONSENT;
        }
        if (status == ReviewStatus.REJECTED) {
            return ExclusionReason.REJECTED;
        }
        if (status != ReviewStatus.APPROVED && !includeUnreviewed) {
            return ExclusionReason.NOT_APPROVED;
        }
        return null;
    }

    public int excludedCount() {
        return excluded.values().stream().mapToInt(Integer::intValue).sum();
    }
}
