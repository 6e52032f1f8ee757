package org.trailmark.ui.common;

import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.trailmark.store.AccessRepository;

/**
 * Writes the access log in the background (decision 0024): every half minute the accesses whose
 * minute is over, and everything when the studio closes, always as a task on the
 * {@link TaskExecutor}'s interactive lane, so neither playback nor the JavaFX thread ever waits for
 * the database. The timer thread only hands work over; it touches no database itself.
 */
public final class AccessFlushing implements AutoCloseable {
    static final long EVERY_SECONDS = 30;
    private static final System.Logger LOG = System.getLogger(AccessFlushing.class.getName());

    private final AccessRepository access;
    private final TaskExecutor executor;
    private ScheduledExecutorService timer;

    public AccessFlushing(AccessRepository access, TaskExecutor executor) {
        this.access = Objects.requireNonNull(access, "access");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Starts the half-minute timer; calling it again does nothing. */
    public synchronized void start() {
        if (timer != null) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "access-log-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::flushSettled, EVERY_SECONDS, EVERY_SECONDS, TimeUnit.SECONDS);
    }

    /** Hands the accesses whose minute is over to the executor, when there are any. */
    void flushSettled() {
        if (access.pending() > 0) {
            executor.execute(BackgroundTask.interactive("Recording who looked at sessions", progress -> {
                access.flushSettled();
                return Boolean.TRUE;
            }).onFailure(AccessFlushing::logFailure));
        }
    }

    /** Hands every waiting access to the executor. */
    public void flushAll() {
        if (access.pending() > 0) {
            executor.execute(BackgroundTask.interactive("Recording who looked at sessions", progress -> {
                access.flush();
                return Boolean.TRUE;
            }).onFailure(AccessFlushing::logFailure));
        }
    }

    /** Stops the timer and writes what waits; whatever is still waiting when the workspace closes is written then. */
    @Override
    public synchronized void close() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
        flushAll();
    }

    private static void logFailure(Throwable failure) {
        // the rows stay waiting and the next flush tries again; the message names no session content
        LOG.log(Level.WARNING, "Could not write the access log yet (" + failure.getClass().getSimpleName() + ")");
    }
}
