package org.trailmark.governance;

import java.util.List;

/**
 * What one {@code retention apply} did, or (dry run) would do.
 *
 * @param erase   the expired sessions it erased (dry run: would erase), in the order it went
 * @param skipped expired sessions it left, each with why (a hold, a citation with consent)
 * @param failed  sessions whose erasure failed, with the workspace's words; the rest went on
 */
public record RetentionRun(boolean dryRun, List<SessionExpiry> erase, List<Skipped> skipped, List<Failed> failed) {
    public RetentionRun {
        erase = List.copyOf(erase);
        skipped = List.copyOf(skipped);
        failed = List.copyOf(failed);
    }

    /** An expired session left in place, and why in words without content. */
    public record Skipped(SessionExpiry session, String why) {
    }

    /** An erasure that failed; {@code message} is the workspace's plain sentence. */
    public record Failed(SessionExpiry session, String message) {
    }
}
