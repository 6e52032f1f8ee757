package org.trailmark.ui.common;

/**
 * Runs background work (import now; scan and export later) and publishes its progress for the
 * status bar. The studio uses {@link FxTaskExecutor}; tests use {@link SameThreadTaskExecutor} so
 * that a view-model can be driven start to finish without a UI thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task; success and failure handlers run on the UI thread. Call from the UI thread. */
    <T> void execute(BackgroundTask<T> task);

    /** Progress of the work in hand, updated on the UI thread. */
    TaskProgress progress();

    /** Stops taking work; work already running finishes on its own daemon thread. */
    @Override
    void close();
}
