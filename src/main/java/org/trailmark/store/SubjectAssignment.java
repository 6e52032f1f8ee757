package org.trailmark.store;

/**
 * What {@link Workspace#assignSubject} did to one session's subject.
 *
 * @param from the subject the session had before
 * @param to   the subject it has now (equal to {@code from} unless the outcome is a change)
 */
public record SubjectAssignment(String sessionId, String from, String to, Outcome outcome) {
    public enum Outcome {
        /** An unassigned session now belongs to a person. */
        ASSIGNED,
        /** A session that already belonged to someone was moved to someone else, as asked with force. */
        REASSIGNED,
        /** The session already belonged to that subject; nothing was written. */
        UNCHANGED,
        /** The session belongs to someone else and force was not asked for; nothing was written. */
        ALREADY_ASSIGNED
    }

    public boolean changed() {
        return outcome == Outcome.ASSIGNED || outcome == Outcome.REASSIGNED;
    }
}
