package org.trailmark.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.ProcessingQueries;
import org.trailmark.store.SessionCounts;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * Makes the record of processing from a workspace: its sessions and their counts, its consent decisions,
 * its audit log (exports, withdrawals, erasures) and its retention rules and legal holds.
 *
 * <p>A session is held under a purpose when its capture header lists the purpose or its subject has a
 * consent record for it (granted, or withdrawn and not yet erased). Datasets are recipients of the
 * training purpose: an export takes only sessions whose subject granted training.
 */
public final class ProcessingRecords {
    private ProcessingRecords() {
    }

    /** This build's version, or "development build" when run from classes rather than a packaged jar. */
    public static String trailmarkVersion() {
        String v = ProcessingRecords.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    /**
     * Reads the workspace and makes its record.
     *
     * @throws org.trailmark.store.WorkspaceException when this account may not see the whole workspace
     *                                                (a recorded person's account on a team workspace)
     */
    public static ProcessingRecord of(Workspace workspace, Instant generatedAt) {
        ProcessingQueries.requireWholeView(workspace);
        List<SessionSummary> sessions = workspace.sessions().all();
        Map<String, SessionCounts> counts = ProcessingQueries.countsPerSession(workspace);
        AuditFacts audit = new AuditFacts(workspace.audit().entries(null));
        RetentionInForce retention = RetentionInForce.of(workspace);
        RecordHeader header = new RecordHeader(setting(workspace, RecordHeader.CONTROLLER_NAME),
                setting(workspace, RecordHeader.CONTROLLER_CONTACT), generatedAt, workspace.displayName(),
                trailmarkVersion());

        Map<Optional<String>, List<SessionSummary>> byPurpose = new LinkedHashMap<>();
        for (Optional<String> purpose : purposes(sessions, audit)) {
            byPurpose.put(purpose, new ArrayList<>());
        }
        for (SessionSummary s : sessions) {
            Set<String> held = purposesOf(s, audit);
            if (held.isEmpty()) {
                byPurpose.get(Optional.<String>empty()).add(s);
            }
            held.forEach(p -> byPurpose.get(Optional.of(p)).add(s));
        }
        Map<String, SessionSummary> byId = new LinkedHashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        List<PurposeRecord> records = new ArrayList<>();
        Map<String, List<ConsentRecord>> consent = new HashMap<>();
        Function<String, List<ConsentRecord>> consentOf = subject -> consent.computeIfAbsent(subject,
                workspace.consent()::records);
        byPurpose.forEach((purpose, held) -> records.add(
                purposeRecord(consentOf, purpose, held, counts, audit, retention, byId)));
        return new ProcessingRecord(header, records, audit.allErasures(), retention);
    }

    private static PurposeRecord purposeRecord(Function<String, List<ConsentRecord>> consentOf, Optional<String> purpose,
                                               List<SessionSummary> held, Map<String, SessionCounts> counts,
                                               AuditFacts audit, RetentionInForce retention,
                                               Map<String, SessionSummary> allSessions) {
        Set<String> subjects = new TreeSet<>();
        held.forEach(s -> subjects.add(s.subject()));
        Set<String> people = new TreeSet<>(subjects);
        purpose.ifPresent(p -> people.addAll(audit.subjectsWithConsentFor(p)));
        Optional<ConsentPurpose> kept = purpose.flatMap(ConsentPurpose::ofWireName);
        int consenting = 0;
        int withdrawn = 0;
        if (kept.isPresent()) {
            for (String subject : people) {
                ConsentState state = ConsentState.of(subject, kept.get(), consentOf.apply(subject));
                consenting += state.permits() ? 1 : 0;
                withdrawn += state.status() == ConsentStatus.WITHDRAWN ? 1 : 0;
            }
        }
        Set<String> sessionIds = new HashSet<>();
        held.forEach(s -> sessionIds.add(s.id()));
        int holds = (int) retention.openHolds().stream().filter(h -> (h.sessionId() != null
                && sessionIds.contains(h.sessionId())) || (h.subjectId() != null && people.contains(h.subjectId())))
                .count();
        boolean training = purpose.equals(Optional.of(ConsentPurpose.TRAINING.wireName()));
        return new PurposeRecord(purpose, kept.isPresent(), subjects.size(), consenting, withdrawn, held.size(),
                held.stream().mapToLong(SessionSummary::events).sum(),
                held.stream().map(s -> s.info().start().toInstant()).min(Comparator.naturalOrder()),
                held.stream().map(s -> s.info().start().toInstant()).max(Comparator.naturalOrder()),
                categories(held, counts), training ? recipients(audit, allSessions) : List.of(),
                purpose.flatMap(retention::ruleFor), holds,
                kept.isPresent() ? audit.withdrawalsOf(purpose.get()) : Activity.NONE, audit.erasuresOf(people),
                flags(held, counts), reviews(held));
    }

    /** Known purposes first (capture, training), then any other a capture named, then sessions without one. */
    private static List<Optional<String>> purposes(List<SessionSummary> sessions, AuditFacts audit) {
        Set<String> named = new TreeSet<>(audit.consentPurposes());
        boolean unstated = false;
        for (SessionSummary s : sessions) {
            Set<String> held = purposesOf(s, audit);
            named.addAll(held);
            unstated |= held.isEmpty();
        }
        if (!audit.exportsById().isEmpty()) {
            named.add(ConsentPurpose.TRAINING.wireName());
        }
        List<Optional<String>> ordered = new ArrayList<>();
        for (ConsentPurpose p : ConsentPurpose.values()) {
            if (named.remove(p.wireName())) {
                ordered.add(Optional.of(p.wireName()));
            }
        }
        named.forEach(p -> ordered.add(Optional.of(p)));
        if (unstated) {
            ordered.add(Optional.empty());
        }
        return ordered;
    }

    private static Set<String> purposesOf(SessionSummary s, AuditFacts audit) {
        Set<String> held = new TreeSet<>();
        if (s.info().consent() != null) {
            held.addAll(s.info().consent().purposes());
        }
        for (String p : audit.consentPurposes()) {
            if (audit.subjectsWithConsentFor(p).contains(s.subject())) {
                held.add(p);
            }
        }
        return held;
    }

    private static List<CategoryCount> categories(List<SessionSummary> held, Map<String, SessionCounts> counts) {
        List<CategoryCount> present = new ArrayList<>();
        for (DataCategory category : DataCategory.values()) {
            long total = 0;
            int sessions = 0;
            for (SessionSummary s : held) {
                long n = category.count(s, counts.getOrDefault(s.id(), SessionCounts.NONE));
                total += n;
                sessions += n > 0 ? 1 : 0;
            }
            if (total > 0) {
                present.add(new CategoryCount(category, total, sessions));
            }
        }
        return present;
    }

    private static List<Recipient> recipients(AuditFacts audit, Map<String, SessionSummary> sessions) {
        List<Recipient> recipients = new ArrayList<>();
        for (List<DatasetExports.DatasetExport> export : audit.exportsById().values()) {
            DatasetExports.DatasetExport first = export.get(0);
            List<String> by = export.stream().map(DatasetExports.DatasetExport::actor).distinct().toList();
            List<String> ids = export.stream().map(DatasetExports.DatasetExport::sessionId).distinct().toList();
            long events = 0;
            for (String id : ids) {
                SessionSummary s = sessions.get(id);
                events += s != null ? s.events() : audit.erasedEvents(id).orElse(0L);
            }
            recipients.add(new Recipient(first.exportId(), first.folderName(), first.at(), by, ids.size(), events));
        }
        recipients.sort(Comparator.comparing(Recipient::at).thenComparing(Recipient::exportId));
        return recipients;
    }

    private static Map<FlagCategory, Long> flags(List<SessionSummary> held, Map<String, SessionCounts> counts) {
        Map<FlagCategory, Long> flags = new EnumMap<>(FlagCategory.class);
        for (SessionSummary s : held) {
            counts.getOrDefault(s.id(), SessionCounts.NONE).flags().forEach((c, n) -> flags.merge(c, n, Long::sum));
        }
        return flags;
    }

    private static Map<ReviewStatus, Integer> reviews(List<SessionSummary> held) {
        Map<ReviewStatus, Integer> reviews = new EnumMap<>(ReviewStatus.class);
        for (ReviewStatus status : ReviewStatus.values()) {
            reviews.put(status, (int) held.stream().filter(s -> s.status() == status).count());
        }
        return reviews;
    }

    private static Optional<String> setting(Workspace workspace, String key) {
        return workspace.settings().get(key).map(String::strip).filter(v -> !v.isEmpty());
    }
}
