package org.trailmark.governance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.ErasureResult;

/**
 * What the audit log says happened, read once: consent decisions per purpose, erasures, and exports.
 * Entries hold ids and counts only, so nothing read here is captured content.
 */
final class AuditFacts {
    /** "grant training subject=S record=7 …" / "withdraw training subject=S …" (store.JdbcConsent). */
    private static final Pattern CONSENT = Pattern.compile("(grant|withdraw) (\\S+) subject=(\\S+)(?: .*)?");
    /** "erased: 120 events, 2 tasks, 1 flags" (store.SessionErasure's tombstone). */
    private static final Pattern TOMBSTONE = Pattern.compile("erased: (\\d+) events.*");
    /** "erased subject=S sessions=2 ids=a,b" (ErasureResult's note). */
    private static final Pattern SUBJECT_NOTE = Pattern.compile("erased subject=(\\S+) sessions=\\d+ ids=(\\S+)");

    /** One person's erasure of some sessions at one time. */
    record Erasure(String subject, Instant at, List<String> sessionIds) {
    }

    /** One withdrawal: a person, a purpose, a time (several records withdrawn at once count once). */
    record Withdrawal(String subject, String purpose, Instant at) {
    }

    private final Map<String, Set<String>> subjectsByPurpose = new HashMap<>();
    private final Set<Withdrawal> withdrawals = new HashSet<>();
    private final List<Erasure> erasures = new ArrayList<>();
    private final List<Instant> tombstones = new ArrayList<>();
    private final Map<String, Long> erasedEvents = new HashMap<>();
    private final List<DatasetExports.DatasetExport> exports;

    AuditFacts(List<AuditEntry> entries) {
        Set<String> exported = new HashSet<>();
        for (AuditEntry e : entries) {
            String detail = e.detail() == null ? "" : e.detail();
            if (AuditActions.CONSENT.equals(e.action())) {
                Matcher m = CONSENT.matcher(detail);
                if (m.matches()) {
                    subjectsByPurpose.computeIfAbsent(m.group(2), p -> new TreeSet<>()).add(m.group(3));
                    if (m.group(1).equals("withdraw")) {
                        withdrawals.add(new Withdrawal(m.group(3), m.group(2), e.at()));
                    }
                }
            } else if (ErasureResult.AUDIT_ACTION.equals(e.action()) && e.sessionId() != null) {
                tombstones.add(e.at());
                Matcher m = TOMBSTONE.matcher(detail);
                if (m.matches()) {
                    erasedEvents.put(e.sessionId(), Long.parseLong(m.group(1)));
                }
            } else if (ErasureResult.SUBJECT_AUDIT_ACTION.equals(e.action())) {
                Matcher m = SUBJECT_NOTE.matcher(detail);
                if (m.matches()) {
                    erasures.add(new Erasure(m.group(1), e.at(), List.of(m.group(2).split(","))));
                }
            } else if (DatasetExports.AUDIT_ACTION.equals(e.action()) && e.sessionId() != null) {
                exported.add(e.sessionId());
            }
        }
        exports = DatasetExports.containing(entries, exported);
    }

    /** People a consent decision for the purpose was recorded for. */
    Set<String> subjectsWithConsentFor(String purpose) {
        return subjectsByPurpose.getOrDefault(purpose, Set.of());
    }

    /** Every purpose a consent decision was recorded for. */
    Set<String> consentPurposes() {
        return subjectsByPurpose.keySet();
    }

    Activity withdrawalsOf(String purpose) {
        List<Withdrawal> of = withdrawals.stream().filter(w -> w.purpose().equals(purpose)).toList();
        return activity(of.size(), of.stream().map(Withdrawal::subject).distinct().count(),
                of.stream().map(Withdrawal::at).toList());
    }

    /** Sessions erased of the people given (found through the erasure notes, which name the person). */
    Activity erasuresOf(Collection<String> subjects) {
        List<Erasure> of = erasures.stream().filter(e -> subjects.contains(e.subject())).toList();
        return activity(of.stream().mapToInt(e -> e.sessionIds().size()).sum(),
                of.stream().map(Erasure::subject).distinct().count(), of.stream().map(Erasure::at).toList());
    }

    /** Every session erased, from the tombstones; people from the erasure notes. */
    Activity allErasures() {
        return activity(tombstones.size(), erasures.stream().map(Erasure::subject).distinct().count(), tombstones);
    }

    /** Events an erased session held, as its tombstone says. */
    Optional<Long> erasedEvents(String sessionId) {
        return Optional.ofNullable(erasedEvents.get(sessionId));
    }

    /** The datasets exported, each session of each export once, grouped by export id, oldest first. */
    Map<String, List<DatasetExports.DatasetExport>> exportsById() {
        Map<String, List<DatasetExports.DatasetExport>> byId = new TreeMap<>();
        for (DatasetExports.DatasetExport e : exports) {
            byId.computeIfAbsent(e.exportId(), id -> new ArrayList<>()).add(e);
        }
        return byId;
    }

    private static Activity activity(int count, long subjects, List<Instant> times) {
        if (count == 0) {
            return Activity.NONE;
        }
        return new Activity(count, (int) subjects, times.stream().min(Instant::compareTo),
                times.stream().max(Instant::compareTo));
    }
}
