package org.trailmark.store;

/** Who each session belongs to. */
public interface SubjectRepository {
    /**
     * Gives the session to the person {@code subject} in one commit, audited with who did it (ids
     * only). An unassigned session is simply assigned; one that already belongs to someone else
     * moves only with {@code force}, else nothing is written and the outcome says so. From then on
     * the new subject's consent decides whether the session may be exported.
     *
     * @throws IllegalArgumentException when {@code subject} is no person's id
     * @throws WorkspaceException       when there is no such session
     */
    SubjectAssignment assign(String sessionId, String subject, boolean force, String actor);
}
