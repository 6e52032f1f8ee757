package org.trailmark.store;

import java.util.List;

/**
 * Legal holds: placed on a session or a subject, released only by an admin, never deleted. An open hold
 * keeps its sessions from expiring and from being erased ({@link ErasureRepository} refuses them).
 */
public interface HoldRepository {
    /** The longest reason kept. */
    int MAX_REASON = 500;

    /**
     * Places a hold on one session.
     *
     * @throws IllegalArgumentException for a blank or overlong reason
     * @throws WorkspaceException        for an unknown session, when read-only, or (team workspace) for a role
     *                                   that may not place holds
     */
    LegalHold placeOnSession(String sessionId, String reason, String actor);

    /** Places a hold on every session of a subject the workspace knows, also ones imported later. */
    LegalHold placeOnSubject(String subject, String reason, String actor);

    /**
     * Releases an open hold.
     *
     * @throws WorkspaceException for an unknown or already released hold, or for anyone but an admin
     */
    LegalHold release(long holdId, String actor);

    /** Every hold, open and released, oldest first (a subject on a team workspace sees only its own). */
    List<LegalHold> all();

    /** The open holds that cover the session: on it, or on its subject. */
    List<LegalHold> openOn(String sessionId);

    /** The open holds, oldest first. */
    default List<LegalHold> open() {
        return all().stream().filter(LegalHold::isOpen).toList();
    }
}
