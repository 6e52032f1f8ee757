package org.trailmark.ui.common;

/**
 * Runs each task at once on the calling thread, handlers included, so tests see the outcome as
 * soon as {@link #execute} returns. Progress updates are applied directly.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final TaskProgress progress = new TaskProgress();
    private final TaskProgress interactive = new TaskProgress();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        TaskProgress lane = task.lane() == BackgroundTask.Lane.LONG ? progress : interactive;
        lane.begin(task.title());
        T value;
        try {
            value = task.run(lane::update);
        } catch (Exception | Error failure) {
            lane.end();
            task.failed(failure);
            return;
        }
        lane.end();
        task.succeeded(value);
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    @Override
    public TaskProgress interactiveProgress() {
        return interactive;
    }

    @Override
    public void close() {
        // nothing runs after execute returns
    }
}
