package org.trailmark.ui.common;

/**
 * Runs each task at once on the calling thread, handlers included, so tests see the outcome as
 * soon as {@link #execute} returns. Progress updates are applied directly.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final TaskProgress progress = new TaskProgress();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        progress.begin(task.title());
        T value;
        try {
            value = task.run(progress::update);
        } catch (Exception | Error failure) {
            progress.end();
            task.failed(failure);
            return;
        }
        progress.end();
        task.succeeded(value);
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    @Override
    public void close() {
        // nothing runs after execute returns
    }
}
