package org.trailmark.store;

import java.time.Instant;
import java.util.List;

/**
 * Double labelling: who labels a session independently, their submissions, and adjudication into the
 * gold set. The versions' rows themselves are read and written through {@link ReviewRepository} and
 * {@link FlagRepository} with a labeler's name. Every write commits before it returns.
 */
public interface VersionRepository {
    /** The session's labelers by name, with when each submitted; empty when nobody is assigned. */
    List<LabelerVersionState> labelers(String sessionId);

    /** Two or more labelers label the session, each in their own version. */
    default boolean isDoubleLabelled(String sessionId) {
        return labelers(sessionId).size() >= 2;
    }

    /** Every labeler of the session has submitted (and there are some): their versions are open to all. */
    default boolean allSubmitted(String sessionId) {
        List<LabelerVersionState> states = labelers(sessionId);
        return !states.isEmpty() && states.stream().allMatch(LabelerVersionState::submitted);
    }

    /** Ids of the double-labelled sessions. */
    List<String> doubleLabelledSessions();

    /**
     * Submits the current user's version of the session: from now on it is read-only, and once every
     * labeler has submitted, everyone may read it. Refused ({@link VersionAccessException}) when the user
     * is not assigned to the session or has already submitted.
     *
     * @return when it was submitted
     */
    Instant submit(String sessionId, String actor);

    /**
     * One adjudication decision: replaces {@code expected} gold tasks and flags (exactly as the caller
     * last saw them) with {@code replacement} in one commit, as {@link ReviewRepository#replaceTasks}
     * does, audited as {@link AuditActions#ADJUDICATE} with {@code what} ("took task 12 from ana").
     *
     * @return the replacement as stored, ids filled in
     */
    TasksAndFlags adjudicate(String sessionId, TasksAndFlags expected, TasksAndFlags replacement, String what,
                             String actor);
}
