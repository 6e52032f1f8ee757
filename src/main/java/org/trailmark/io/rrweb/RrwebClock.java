package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import org.trailmark.io.ClockJudge;
import org.trailmark.io.ducktrack.ProblemSink;

/**
 * Judges each event's {@code timestamp} (epoch ms of the browser's clock) by the events around it,
 * as the other importers do ({@link ClockJudge}): one damaged time stamp costs that event only, and
 * a clock set back during the recording keeps its events after a pause. Events wait until the
 * next {@value ClockJudge#FOLLOWING_LINES} events are read.
 */
final class RrwebClock {
    /**
     * How far back an event's time may step without being out of order: rrweb writes some events
     * (batched mutations, throttled scrolls) a little after later ones.
     */
    static final long TOLERANCE_MS = 5_000;

    /** An event with a readable time, waiting for its verdict. */
    record Pending(long time, long line, long index, int type, JsonNode data) {
    }

    /** What happens to the events the clock keeps. */
    interface Listener {
        /** The event at its time on the session's continuous clock. */
        void kept(Pending event, long time) throws IOException;

        /** The browser's clock went back: nothing is known between {@code at} and the next event. */
        void clockReset(long at) throws IOException;
    }

    private final ClockJudge judge = new ClockJudge(TOLERANCE_MS);
    private final ArrayDeque<Pending> pending = new ArrayDeque<>(ClockJudge.FOLLOWING_LINES + 1);
    private final double[] following = new double[ClockJudge.FOLLOWING_LINES];
    private final Path file;
    private final ProblemSink sink;
    private final Listener listener;
    private double lastKept = Double.NaN;
    private long shift;
    private long latestShifted = Long.MIN_VALUE;
    private long skipped;

    RrwebClock(Path file, ProblemSink sink, Listener listener) {
        this.file = file;
        this.sink = sink;
        this.listener = listener;
    }

    void offer(Pending event) throws IOException {
        pending.add(event);
        if (pending.size() > ClockJudge.FOLLOWING_LINES) {
            judgeFirst();
        }
    }

    void finish() throws IOException {
        while (!pending.isEmpty()) {
            judgeFirst();
        }
    }

    /** Events skipped for a time out of step with their neighbours. */
    long skipped() {
        return skipped;
    }

    private void judgeFirst() throws IOException {
        Pending head = pending.poll();
        int count = 0;
        for (Pending next : pending) {
            following[count++] = next.time();
        }
        switch (judge.judge(lastKept, head.time(), following, count)) {
            case KEEP -> keep(head);
            case JUMPS_AHEAD -> skip(head, "its timestamp jumps ahead of the events around it");
            case GOES_BACK -> skip(head, "its timestamp goes back before the events around it");
            case CLOCK_RESET -> {
                sink.warn(file, head.line(), "event " + head.index() + ": the browser's clock went back and stayed"
                        + " there: later events are kept after a pause, continuing from the last time before it");
                long at = latestShifted;
                shift = at - head.time();
                listener.clockReset(at);
                keep(head);
            }
        }
    }

    private void keep(Pending head) throws IOException {
        lastKept = head.time();
        long t = head.time() + shift;
        latestShifted = Math.max(latestShifted, t);
        listener.kept(head, t);
    }

    private void skip(Pending head, String why) {
        skipped++;
        sink.warn(file, head.line(), "event " + head.index() + ": " + why + ": skipped");
    }
}
