package org.trailmark.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}: what to run off the UI thread, and what to do with
 * its result or failure back on it. Kept free of JavaFX so view-models can build tasks and tests
 * can run them on the calling thread.
 *
 * <p>Each task names its {@link Lane}: a long job (import, scan, export, archive, erasure) or
 * interactive work a person is waiting on (opening a session, a review read or edit, the session
 * list, the audit log), so that the second never queues behind the first.
 */
public final class BackgroundTask<T> {

    /** Which queue a task waits in; each lane runs its tasks one at a time, in the order given. */
    public enum Lane {
        /** Jobs that may take minutes; their progress shows in the status bar. */
        LONG,
        /** Short reads and edits a person waits on; edits keep their order here. */
        INTERACTIVE
    }

    /** The work itself; it may report progress and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressSink progress) throws Exception;
    }

    private final String title;
    private final Lane lane;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = failure -> { };

    private BackgroundTask(String title, Lane lane, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.lane = Objects.requireNonNull(lane, "lane");
        this.work = Objects.requireNonNull(work, "work");
    }

    /** A long job: import, scan, export and the like. */
    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, Lane.LONG, work);
    }

    /** Interactive work: a read or edit the person is waiting on, never behind a long job. */
    public static <T> BackgroundTask<T> interactive(String title, Work<T> work) {
        return new BackgroundTask<>(title, Lane.INTERACTIVE, work);
    }

    /** Runs on the UI thread once the work returned. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "handler");
        return this;
    }

    /** Runs on the UI thread when the work threw. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler, "handler");
        return this;
    }

    public String title() {
        return title;
    }

    public Lane lane() {
        return lane;
    }

    T run(ProgressSink progress) throws Exception {
        return work.run(progress);
    }

    void succeeded(T value) {
        onSuccess.accept(value);
    }

    void failed(Throwable failure) {
        onFailure.accept(failure);
    }
}
