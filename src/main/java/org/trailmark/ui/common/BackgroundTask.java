package org.trailmark.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A piece of work for a {@link TaskExecutor}: what to run off the UI thread, and what to do with
 * its result or failure back on it. Kept free of JavaFX so view-models can build tasks and tests
 * can run them on the calling thread.
 */
public final class BackgroundTask<T> {

    /** The work itself; it may report progress and may throw. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ProgressSink progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<? super Throwable> onFailure = failure -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title, "title");
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
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
