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

    public ErasureResult {
        erasedSessionIds = List.copyOf(erasedSessionIds);
        earlierExports = List.copyOf(earlierExports);
    }
}
