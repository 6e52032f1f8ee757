package org.trailmark.io.ducktrack;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.trailmark.io.ClockJudge;
import org.trailmark.model.SessionLogBuilder;

/**
 * Turns a pynput recorder's {@code time_stamp} (perf_counter seconds, arbitrary origin) into whole
 * milliseconds after the first kept event, judging each time against its neighbours
 * ({@link ClockJudge}) so that one damaged time stamp costs one line, not the rest of the file.
 *
 * <p>A step back of at most {@value #REORDER_TOLERANCE_MS} ms is the recorder's mouse and keyboard
 * threads writing out of order: the event gets the previous event's time (one summary warning).
 * A clock that goes back and stays there, or jumps ahead by more than an hour and stays there, is
 * a discontinuity: the events are kept, after a pause/resume pair. A forward jump keeps its length
 * when it fits the supported range; a reset (or a jump beyond the range) continues from the last
 * event's time, since the length of the gap is unknown.
 */
final class RecordingClock {
    static final int REORDER_TOLERANCE_MS = 50;
    private static final double JUMP_SECONDS = 3600;

    private final Path file;
    private final ProblemSink sink;
    private final ClockJudge judge = new ClockJudge(REORDER_TOLERANCE_MS / 1000.0);

    private boolean started;
    private double origin;
    private double shiftMs;
    private double lastEventRaw = Double.NaN;
    private int lastT;
    private long repairedOrder;
    private long repairedLine;

    RecordingClock(Path file, ProblemSink sink) {
        this.file = file;
        this.sink = sink;
    }

    boolean started() {
        return started;
    }

    /** The time stamp of session time 0, or NaN before the first event. */
    double origin() {
        return started ? origin : Double.NaN;
    }

    /** Whether a clock jump moved later events away from {@code time_stamp - origin}. */
    boolean restarted() {
        return shiftMs != 0;
    }

    int lastT() {
        return lastT;
    }

    /**
     * The time of the event on line {@code n}, or -1 when the line is skipped (with a warning). A
     * pause/resume pair is appended first when the line starts a new clock.
     */
    int place(double ts, long n, double[] following, int count, SessionLogBuilder events) {
        ClockJudge.Verdict verdict = judge.judge(lastEventRaw, ts, following, count);
        switch (verdict) {
            case JUMPS_AHEAD -> {
                sink.warn(file, n, "time_stamp " + plain(ts) + " jumps ahead of its neighbours: line skipped");
                return -1;
            }
            case GOES_BACK -> {
                sink.warn(file, n, "time_stamp " + plain(ts) + " goes back " + Math.round((lastEventRaw - ts) * 1000)
                        + " ms before its neighbours: line skipped");
                return -1;
            }
            case CLOCK_RESET -> {
                sink.warn(file, n, "time_stamp " + plain(ts) + " goes back " + seconds(lastEventRaw - ts)
                        + " and the following lines continue from it: the recorder's clock was reset;"
                        + " kept after a pause");
                return resumeAt(ts, lastT, events);
            }
            default -> {
                return inOrder(ts, n, events);
            }
        }
    }

    private int inOrder(double ts, long n, SessionLogBuilder events) {
        if (!started) {
            started = true;
            origin = ts;
            lastEventRaw = ts;
            lastT = 0;
            return 0;
        }
        if (ts < lastEventRaw) {
            if (repairedOrder++ == 0) {
                repairedLine = n;
            }
            return lastT;
        }
        double gap = ts - lastEventRaw;
        double ms = mapped(ts);
        if (gap > JUMP_SECONDS || ms > Integer.MAX_VALUE) {
            boolean fits = ms <= Integer.MAX_VALUE;
            sink.warn(file, n, "time_stamp " + plain(ts) + " jumps ahead " + seconds(gap)
                    + " and the following lines continue from it: kept after a pause"
                    + (fits ? "" : " (the gap is beyond the supported 24 days, so its length is not kept)"));
            return resumeAt(ts, fits ? (int) ms : lastT, events);
        }
        lastEventRaw = ts;
        lastT = Math.max(lastT, (int) ms);
        return lastT;
    }

    /** Records a pause at the last event and a resume at {@code t}, where the clock continues from {@code ts}. */
    private int resumeAt(double ts, int t, SessionLogBuilder events) {
        events.pause(lastT);
        events.resume(t);
        shiftMs += t - mapped(ts);
        lastEventRaw = ts;
        lastT = t;
        return t;
    }

    /** The time for a focus change on the same clock: never before the last event placed. */
    int focusTime(double ts) {
        double ms = mapped(ts);
        if (ms > Integer.MAX_VALUE) {
            return -1;
        }
        lastT = Math.max(lastT, (int) Math.max(ms, 0));
        return lastT;
    }

    /** One summary warning for the events repaired as written slightly out of order. */
    void finish() {
        if (repairedOrder > 0) {
            sink.warn(file, 0, repairedOrder + " events were written up to " + REORDER_TOLERANCE_MS
                    + " ms out of order (first at line " + repairedLine + "); each was given the time of the event before it");
        }
    }

    private double mapped(double ts) {
        return Math.rint((ts - origin) * 1000) + shiftMs;
    }

    private static String plain(double ts) {
        return BigDecimal.valueOf(ts).stripTrailingZeros().toPlainString();
    }

    private static String seconds(double s) {
        return s >= 120 ? Math.round(s) + " s" : Math.round(s * 1000) + " ms";
    }
}
