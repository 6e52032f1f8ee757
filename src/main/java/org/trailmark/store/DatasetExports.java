package org.trailmark.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which training-set exports took which sessions, read back from the audit log. The exporter writes
 * one entry per exported session after the export was verified and moved into place; the entries
 * outlive an erasure (the audit log is append-only), so a curator can still learn which datasets
 * held an erased session.
 */
public final class DatasetExports {
    public static final String AUDIT_ACTION = "dataset_export";

    private static final Pattern DETAIL = Pattern.compile("export (\\S+) to (.*)");

    private DatasetExports() {
    }

    /** The audit detail for one exported session: the manifest's export id and the folder's name, nothing captured. */
    public static String detail(String exportId, String folderName) {
        return "export " + exportId + " to " + folderName;
    }

    /** Every recorded export of any of the sessions, oldest first. */
    public static List<DatasetExport> containing(AuditLog audit, Collection<String> sessionIds) {
        List<DatasetExport> found = new ArrayList<>();
        for (String id : sessionIds) {
            for (AuditEntry e : audit.entries(id)) {
                parse(e).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(DatasetExport::at).thenComparing(DatasetExport::sessionId));
        return found;
    }

    /** The same, from audit entries already read (e.g. the whole log, read once for several questions). */
    public static List<DatasetExport> containing(List<AuditEntry> audit, Collection<String> sessionIds) {
        java.util.Set<String> ids = new java.util.HashSet<>(sessionIds);
        List<DatasetExport> found = new ArrayList<>();
        for (AuditEntry e : audit) {
            if (e.sessionId() != null && ids.contains(e.sessionId())) {
                parse(e).ifPresent(found::add);
            }
        }
        found.sort(Comparator.comparing(DatasetExport::at).thenComparing(DatasetExport::sessionId));
        return found;
    }

    /** The workspace sessions one export took, from a single read of the audit log. */
    public static java.util.Set<String> sessionsOf(AuditLog audit, String exportId) {
        java.util.Set<String> ids = new java.util.TreeSet<>();
        for (AuditEntry e : audit.entries(null)) {
            parse(e).filter(x -> x.exportId().equals(exportId)).ifPresent(x -> ids.add(x.sessionId()));
        }
        return ids;
    }

    static Optional<DatasetExport> parse(AuditEntry e) {
        if (!AUDIT_ACTION.equals(e.action()) || e.detail() == null) {
            return Optional.empty();
        }
        Matcher m = DETAIL.matcher(e.detail());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DatasetExport(m.group(1), e.at(), e.actor(), e.sessionId(), m.group(2)));
    }

    /** One session in one export. */
    public record DatasetExport(String exportId, java.time.Instant at, String actor, String sessionId,
                                String folderName) {
    }
}
