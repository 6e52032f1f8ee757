package org.trailmark.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on two daemon threads, one per
 * {@linkplain BackgroundTask.Lane lane}. One worker per lane is enough and keeps order: imports
 * write to one workspace file in the order asked, and review edits apply in the order made.
 * The workspace takes one lock per operation, so the lanes interleave operation by operation: an
 * edit waits at most for the one write in hand, never for the rest of an export. JavaFX coalesces the progress updates, so work may
 * report as often as it likes.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final TaskProgress progress = new TaskProgress();
    private final TaskProgress interactiveProgress = new TaskProgress();
    private final ExecutorService longJobs = worker("trailmark-task-");
    private final ExecutorService interactive = worker("trailmark-interactive-");

    private static ExecutorService worker(String name) {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> execute(task));
            return;
        }
        boolean isLong = task.lane() == BackgroundTask.Lane.LONG;
        TaskProgress lane = isLong ? progress : interactiveProgress;
        Task<T> fxTask = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.run((message, fraction) -> {
                    if (message != null) {
                        updateMessage(message);
                    }
                    updateProgress(fraction < 0 || Double.isNaN(fraction) ? -1 : fraction, 1);
                });
            }
        };
        lane.begin(task.title());
        fxTask.messageProperty().addListener((obs, old, text) -> lane.update(text, fxTask.getProgress()));
        fxTask.progressProperty().addListener((obs, old, value) -> lane.update(null, value.doubleValue()));
        fxTask.setOnSucceeded(event -> {
            lane.end();
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(event -> {
            lane.end();
            task.failed(fxTask.getException());
        });
        fxTask.setOnCancelled(event -> lane.end());
        (isLong ? longJobs : interactive).execute(fxTask);
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    @Override
    public TaskProgress interactiveProgress() {
        return interactiveProgress;
    }

    @Override
    public void close() {
        longJobs.shutdown();
        interactive.shutdown();
    }
}
