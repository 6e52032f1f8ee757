package org.trailmark.ui.review;

import java.util.Objects;
import java.util.function.Consumer;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.review.CommandStack;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.TaskExecutor;

/**
 * The review's way to the workspace: each read and edit runs on the executor's interactive lane,
 * one at a time in the order asked, so edits apply in order and the undo history (touched only
 * here) matches them; each edit is followed by a fresh {@link ReviewSnapshot} read on the same
 * lane. Results and failures come back on the UI thread.
 */
final class ReviewLane {
    /** A command on the review service; its result goes back with the snapshot. */
    @FunctionalInterface
    interface Command<T> {
        T run(ReviewService service);
    }

    /** The command's result alongside what the panel shows after it. */
    record Outcome<T>(T result, ReviewSnapshot snapshot) {
    }

    private final Workspace workspace;
    private final TaskExecutor executor;
    private final CommandStack history = new CommandStack();

    ReviewLane(Workspace workspace, TaskExecutor executor) {
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** A service for this reviewer sharing the lane's history: use it only inside {@link #edit}. */
    ReviewService serviceFor(String reviewer) {
        return new ReviewService(workspace, reviewer, history);
    }

    /** Runs the command, then reads {@code sessionId}'s review. */
    <T> void edit(String title, ReviewService editor, String sessionId, Command<T> command,
                  Consumer<Outcome<T>> done, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive(title, progress -> {
            T result = command.run(editor);
            return new Outcome<>(result, ReviewSnapshot.read(workspace, sessionId, history));
        }).onSuccess(done::accept).onFailure(failed::accept));
    }

    /** Reads {@code sessionId}'s review (only the labels when null). */
    void read(String sessionId, Consumer<ReviewSnapshot> done, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive("Reading the review",
                        progress -> ReviewSnapshot.read(workspace, sessionId, history))
                .onSuccess(done::accept).onFailure(failed::accept));
    }

    /**
     * Starts on another session: forgets the history, checks that the session is the workspace's,
     * records the reviewer's view when there is a reviewer (else only the access, for {@code purpose}), and reads its review (its session id
     * is null when the session is not the workspace's).
     */
    void open(String sessionId, ReviewService viewer, AccessPurpose purpose, Consumer<ReviewSnapshot> done,
              Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive("Reading the review", progress -> {
            history.clear();
            boolean known = sessionId != null && workspace.sessions().contains(sessionId);
            if (known && viewer != null) {
                viewer.recordView(sessionId);
            } else if (known) {
                // nobody named yet, or the recorded person: the access log still says who opened it
                workspace.access().record(sessionId, AccessAction.OPEN, purpose);
            }
            return ReviewSnapshot.read(workspace, known ? sessionId : null, history);
        }).onSuccess(done::accept).onFailure(failed::accept));
    }

    /** Forgets what could be undone, then reads the review again. */
    void clearHistory(String sessionId, Consumer<ReviewSnapshot> done, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive("Reading the review", progress -> {
            history.clear();
            return ReviewSnapshot.read(workspace, sessionId, history);
        }).onSuccess(done::accept).onFailure(failed::accept));
    }

    /** Reads the session's latest review change (see {@link org.trailmark.store.AuditLog#lastReviewChange}). */
    void lastChange(String sessionId, Consumer<java.util.Optional<org.trailmark.store.AuditEntry>> done,
                    Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive("Checking the session for changes",
                        progress -> workspace.audit().lastReviewChange(sessionId))
                .onSuccess(done::accept).onFailure(failed::accept));
    }

    /** Work with no result that still needs the lane's order (remembering a name, say). */
    void run(String title, Runnable work, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive(title, progress -> {
            work.run();
            return Boolean.TRUE;
        }).onFailure(failed::accept));
    }

    /** Reads a value on the lane and hands it to {@code done}. */
    <T> void read(String title, java.util.function.Supplier<T> read, Consumer<T> done, Consumer<Throwable> failed) {
        executor.execute(BackgroundTask.interactive(title, progress -> read.get())
                .onSuccess(done::accept).onFailure(failed::accept));
    }
}
