package org.trailmark.ui.export;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ObjDoubleConsumer;
import org.trailmark.export.ExportMonitor;

/**
 * Watches one export run from its worker thread: hands progress to the UI thread and answers
 * whether the wizard asked it to stop. Only the newest update waits for the UI thread, so an
 * export may report as often as it likes without flooding it; once the run has ended, updates
 * still queued are dropped so they cannot overwrite the outcome.
 */
final class ProgressRelay implements ExportMonitor {
    private record Update(String step, double fraction) {
    }

    private final Executor uiThread;
    private final AtomicBoolean cancelRequested;
    private final ObjDoubleConsumer<String> show;
    private final AtomicReference<Update> pending = new AtomicReference<>();
    private boolean closed;

    /**
     * @param uiThread        runs the display updates where the wizard's properties may be touched
     * @param cancelRequested set by the wizard's Cancel
     * @param show            shows a step and its fraction; called on the UI thread
     */
    ProgressRelay(Executor uiThread, AtomicBoolean cancelRequested, ObjDoubleConsumer<String> show) {
        this.uiThread = uiThread;
        this.cancelRequested = cancelRequested;
        this.show = show;
    }

    @Override
    public void progress(String step, double fraction) {
        if (pending.getAndSet(new Update(step, fraction)) == null) {
            uiThread.execute(this::deliver);
        }
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested.get();
    }

    /** Called on the UI thread when the run has ended. */
    void close() {
        closed = true;
        pending.set(null);
    }

    private void deliver() {
        Update update = pending.getAndSet(null);
        if (update != null && !closed) {
            show.accept(update.step(), update.fraction());
        }
    }
}
