package org.trailmark.store;

import java.util.Collection;

/** Erasing sessions for good, and making sure their bytes are gone from the workspace's storage. */
public interface ErasureRepository {
    /**
     * Erases the sessions for good: their events, strings, tasks, flags, review status and
     * per-session settings go in one transaction, together with one content-free tombstone per
     * session in the audit log. Then the freed storage is wiped, so that no file keeps the old bytes.
     * Consent records and earlier audit entries stay: both are records about the person, not their data.
     *
     * @param sessionIds the sessions; an unknown id fails the whole call before anything is erased
     * @throws WorkspaceException for an unknown id, a read-only workspace, or when another program
     *                            kept the old bytes from being wiped (the rows are erased then)
     */
    ErasureResult erase(Collection<String> sessionIds, String actor);

    /**
     * Rebuilds storage without free space and removes media no session cites, so that bytes of
     * deleted rows are gone from disk; finishes an erasure another program interrupted.
     *
     * @throws WorkspaceException when read-only, or when another program keeps it from finishing
     */
    void wipeFreeSpace();
}
