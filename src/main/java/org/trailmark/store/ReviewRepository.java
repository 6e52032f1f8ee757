package org.trailmark.store;

import java.util.List;
import java.util.Optional;
import org.trailmark.model.Label;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;

/** Tasks, the label set and each session's review status. Every write commits before it returns. */
public interface ReviewRepository {
    /** The session's tasks ordered by start, end, id. */
    List<Task> tasks(String sessionId);

    Optional<Task> task(long id);

    /**
     * One version of the session's tasks: {@link Versions#GOLD} (as {@link #tasks(String)}) or a
     * labeler's own. Another labeler's version is refused ({@link VersionAccessException}) until every
     * labeler of the session has submitted.
     */
    List<Task> tasks(String sessionId, String labeler);

    /** A task of one version, under the same rule as {@link #tasks(String, String)}. */
    Optional<Task> task(long id, String labeler);

    /**
     * As {@link #replaceTasks(String, List, List, String, String)} within one version. A labeler's version
     * is written only by that labeler (the workspace's current user), only before they submit.
     */
    List<Task> replaceTasks(String sessionId, String labeler, List<Task> expected, List<Task> replacement,
                            String what, String actor);

    /**
     * Replaces {@code expected} (tasks exactly as the caller last saw them) with
     * {@code replacement} in one commit: rows of expected that are missing from replacement are
     * deleted, the others updated; replacement tasks with id 0 are added under fresh ids, those
     * with an unused id are restored under it (undo of a delete). Fails with
     * {@link StaleEditException}, writing nothing, when any expected task has changed since.
     *
     * @param what what the edit is, for the audit log ("split task"); must hold no captured content
     * @return the replacement as stored, ids filled in, in the order given
     */
    List<Task> replaceTasks(String sessionId, List<Task> expected, List<Task> replacement, String what, String actor);

    /** The workspace's task label set in display order. */
    List<Label> labels();

    /**
     * Replaces the whole label set in one commit, if it is still {@code expected}; else
     * {@link StaleEditException}. Tasks keep the label names they have.
     */
    void replaceLabels(List<Label> expected, List<Label> replacement, String actor);

    /** The session's review status, reviewer and reason; WorkspaceException when there is no such session. */
    SessionReview status(String sessionId);

    /**
     * Sets the session's review status, reviewer and reason in one commit if they are still
     * {@code expected} (else {@link StaleEditException}). A replacement without a time is stamped now.
     *
     * @return the review as stored
     */
    SessionReview replaceStatus(SessionReview expected, SessionReview replacement, String actor);

    /**
     * The oldest session nobody has finished reviewing (status new or in review) whose subject has
     * not withdrawn training consent: labelling a withdrawn session is work no dataset can use,
     * and it would show the person's data to one more reviewer.
     */
    Optional<SessionSummary> nextSession();
}
