package org.trailmark.review;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.store.StaleEditException;
import org.trailmark.store.Workspace;

/**
 * An edit refused because someone changed the session since it was read, said in words: who changed
 * what and when ("Ana changed the tasks of session s-1 at 14:02 (split task); your edit was not saved"),
 * from the audit log's latest entry for the session, never from content.
 */
public final class EditConflict extends StaleEditException {
    private final transient ReviewChange change;

    private EditConflict(String message, ReviewChange change) {
        super(message);
        this.change = change;
    }

    /** What the other person did, when the audit log knows it. */
    public Optional<ReviewChange> change() {
        return Optional.ofNullable(change);
    }

    /**
     * The refusal told with the session's latest change. An exception already explained, or one about a
     * session whose audit log records no change, is returned as it was.
     */
    public static StaleEditException explain(Workspace workspace, String sessionId, StaleEditException refused,
                                             ZoneId zone) {
        Objects.requireNonNull(refused, "refused");
        if (refused instanceof EditConflict || sessionId == null) {
            return refused;
        }
        Optional<ReviewChange> latest = workspace.audit().lastReviewChange(sessionId).map(ReviewChange::new);
        if (latest.isEmpty()) {
            return refused;
        }
        EditConflict explained = new EditConflict(latest.get().inFull(zone) + "; your edit was not saved",
                latest.get());
        explained.initCause(refused);
        return explained;
    }

    public static StaleEditException explain(Workspace workspace, String sessionId, StaleEditException refused) {
        return explain(workspace, sessionId, refused, ZoneId.systemDefault());
    }
}
