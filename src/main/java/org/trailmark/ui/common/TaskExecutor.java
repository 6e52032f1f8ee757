package org.trailmark.ui.common;

/**
 * Runs background work and publishes its progress. Each {@linkplain BackgroundTask.Lane lane} has
 * its own queue, so opening a session or a review edit never waits behind an import, a scan or an
 * export; within a lane tasks run one at a time in the order given, which keeps edits in order.
 * The studio uses {@link FxTaskExecutor}; tests use {@link SameThreadTaskExecutor} so that a
 * view-model can be driven start to finish without a UI thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task in its lane; success and failure handlers run on the UI thread. */
    <T> void execute(BackgroundTask<T> task);

    /** Progress of the long jobs in hand (the status bar's bar), updated on the UI thread. */
    TaskProgress progress();

    /** Whether interactive work is running, for a busy indicator; updated on the UI thread. */
    TaskProgress interactiveProgress();

    /** Stops taking work; work already running finishes on its own daemon thread. */
    @Override
    void close();
}
