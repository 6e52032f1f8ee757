package org.trailmark.io.rrweb;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.trailmark.io.ImportLimits;
import org.trailmark.model.SessionLogBuilder;

/**
 * Puts the events of an rrweb file in time order. rrweb saves pointer positions in batches: a
 * MouseMove event is written when its batch is sent, and its positions lie up to about half a
 * second before it, after clicks and keys written earlier in the file. Events wait here until the
 * file has moved {@value #WINDOW_MS} ms past them, then go to the log in time order, so memory
 * holds a few seconds of events whatever the recording's length.
 *
 * <p>Actions that change what later actions mean (focus, field, keys, presses) are "ordered":
 * they never go before an ordered action added earlier, so they keep the file's order.
 */
final class TimeOrder {
    /** How far (ms) before the latest event time a pointer position may lie. */
    static final long WINDOW_MS = 10_000;
    /** Times before the file's latest minus this are final; covers the window and the clock's tolerance. */
    static final long HOLD_MS = WINDOW_MS + RrwebClock.TOLERANCE_MS;

    /** Appends one event to the log at a session time. */
    @FunctionalInterface
    interface Append {
        void to(SessionLogBuilder log, int t);
    }

    private record Waiting(long time, long sequence, Append append) {
    }

    private final PriorityQueue<Waiting> waiting = new PriorityQueue<>(
            Comparator.comparingLong(Waiting::time).thenComparingLong(Waiting::sequence));
    private final SessionLogBuilder log = new SessionLogBuilder(4096);
    private final ImportLimits limits;
    private final Path file;
    private long sequence;
    private long latest = Long.MIN_VALUE;
    private long lastOrdered = Long.MIN_VALUE;
    private long origin = Long.MIN_VALUE;
    private int lastEmitted;
    private long beyondRange;

    TimeOrder(ImportLimits limits, Path file) {
        this.limits = limits;
        this.file = file;
    }

    /** Adds an action at an epoch time (ms). */
    void add(long time, boolean ordered, Append append) {
        long t = time;
        if (ordered) {
            t = Math.max(t, lastOrdered);
            lastOrdered = t;
        }
        waiting.add(new Waiting(t, sequence++, append));
    }

    /** The file reached this event time: what lies far enough before it is final. */
    void advance(long eventTime) throws ImportLimits.TooLargeException {
        latest = Math.max(latest, eventTime);
        while (!waiting.isEmpty() && waiting.peek().time() < latest - HOLD_MS) {
            emit(waiting.poll());
        }
    }

    /** The last ordered time, where a pause at a clock reset goes. */
    long lastOrderedTime() {
        return lastOrdered;
    }

    void finish() throws ImportLimits.TooLargeException {
        while (!waiting.isEmpty()) {
            emit(waiting.poll());
        }
    }

    SessionLogBuilder log() {
        return log;
    }

    /** The epoch time (ms) of session time 0: the first event's, or MIN_VALUE when none was kept. */
    long origin() {
        return origin;
    }

    /** Events more than 24.8 days after the first, which a session cannot hold. */
    long beyondRange() {
        return beyondRange;
    }

    private void emit(Waiting w) throws ImportLimits.TooLargeException {
        if (origin == Long.MIN_VALUE) {
            origin = w.time();
        }
        long t = w.time() - origin;
        if (t > Integer.MAX_VALUE) {
            beyondRange++;
            return;
        }
        // Cannot happen within the hold; a time that still came late waits for nothing.
        int at = Math.max(lastEmitted, (int) Math.max(0, t));
        w.append().to(log, at);
        lastEmitted = at;
        limits.checkEvents(log.size(), file);
    }
}
