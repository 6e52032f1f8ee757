package org.trailmark.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * Runs tasks one after another on a daemon thread as {@link javafx.concurrent.Task}s. One worker
 * is enough: imports write to one workspace file, and queueing keeps them in the order asked.
 * JavaFX coalesces the progress updates, so work may report as often as it likes.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final TaskProgress progress = new TaskProgress();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "trailmark-task-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        if (!Platform.isFxApplicationThread()) {
            Platform.runLater(() -> execute(task));
            return;
        }
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
        progress.begin(task.title());
        fxTask.messageProperty().addListener((obs, old, text) -> progress.update(text, fxTask.getProgress()));
        fxTask.progressProperty().addListener((obs, old, value) -> progress.update(null, value.doubleValue()));
        fxTask.setOnSucceeded(event -> {
            progress.end();
            task.succeeded(fxTask.getValue());
        });
        fxTask.setOnFailed(event -> {
            progress.end();
            task.failed(fxTask.getException());
        });
        fxTask.setOnCancelled(event -> progress.end());
        worker.execute(fxTask);
    }

    @Override
    public TaskProgress progress() {
        return progress;
    }

    @Override
    public void close() {
        worker.shutdown();
    }
}
