package org.trailmark.store;

import java.util.List;

/**
 * What {@link Workspace#eraseSessions} removed, which datasets had taken those sessions before,
 * and the workspace's size (main file plus write-ahead log) before and after.
 *
 * @param erasedSessionIds the sessions erased, in the order asked, each once
 * @param events           events removed, over all those sessions
 * @param tasks            tasks removed
 * @param flags            flags removed
 * @param earlierExports   every recorded dataset export that contained one of them, oldest first
 */
public record ErasureResult(List<String> erasedSessionIds, long events, int tasks, int flags,
                            List<DatasetExports.DatasetExport> earlierExports, long fileBytesBefore,
                            long fileBytesAfter) {
    /** The audit action of an erasure tombstone; one entry per erased session. */
    public static final String AUDIT_ACTION = "erase";
    /** The audit action of the note per subject, filed under no session, naming the erased ids. */
    public static final String SUBJECT_AUDIT_ACTION = "subject_erase";

    /** Ids only, never content: {@code erased subject=S sessions=2 ids=a,b}. */
    static String subjectNote(String subject, List<String> sessionIds) {
        return "erased subject=" + subject + " sessions=" + sessionIds.size() + " ids=" + String.join(",", sessionIds);
    }

    /** The session ids a subject note names when it is about {@code subject}; empty otherwise. */
    public static List<String> erasedIdsIn(AuditEntry entry, String subject) {
        if (!SUBJECT_AUDIT_ACTION.equals(entry.action()) || entry.detail() == null) {
            return List.of();
        }
        List<String> tokens = List.of(entry.detail().split(" "));
        if (!tokens.contains("subject=" + subject)) {
            return List.of();
        }
        for (String token : tokens) {
            if (token.startsWith("ids=") && token.length() > 4) {
                return List.of(token.substring(4).split(","));
            }
        }
        return List.of();
    }

    public ErasureResult {
        erasedSessionIds = List.copyOf(erasedSessionIds);
        earlierExports = List.copyOf(earlierExports);
    }
}
