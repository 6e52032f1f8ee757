package org.trailmark.store;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Who labels which session: assignments, claims and "next session for me". Two or more labelers
 * assigned to one session is double labeling; the set of a session's labelers is
 * {@code SELECT labeler FROM assignments WHERE session_id = ?}. Every write commits before it returns
 * and is audited with ids and user names only.
 */
public interface AssignmentRepository {
    /** The workspace setting holding how long a claim lasts, in minutes. */
    String CLAIM_MINUTES_SETTING = "claim_minutes";
    /** How long a claim lasts when the workspace says nothing else. */
    Duration DEFAULT_CLAIM = Duration.ofMinutes(30);

    /**
     * Assigns the session to each labeler (a session one of them took becomes assigned to them).
     *
     * @return the labelers it was not assigned to before, in the order given
     */
    List<String> assign(String sessionId, List<String> labelers, String actor);

    /**
     * Takes the session from the labelers (from everyone when {@code labelers} is empty).
     *
     * @return the labelers it was taken from
     */
    List<String> unassign(String sessionId, List<String> labelers, String actor);

    /** The session's labelers, oldest assignment first. */
    List<Assignment> ofSession(String sessionId);

    /** Every assignment and claim, by session (oldest session first), then oldest assignment first. */
    List<Assignment> all();

    /**
     * In one transaction: the oldest session assigned to {@code labeler} that they have not submitted,
     * else the oldest session nobody is assigned and nobody holds a live claim on; either still new or in
     * review and with training consent not withdrawn. It is claimed for {@code labeler} for the
     * workspace's claim time ({@link #CLAIM_MINUTES_SETTING}). Two labelers asking at the same moment
     * never get the same open session.
     */
    Optional<Claim> next(String labeler);

    /**
     * After an edit by {@code labeler}: their claim on the session (if they hold one) lasts the claim
     * time from now. Not audited: the edit is.
     */
    void renewClaim(String sessionId, String labeler);

    /** How long a claim lasts in this workspace. */
    Duration claimTime();
}
