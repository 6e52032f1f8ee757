package org.trailmark.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLogBuilder;

/**
 * The lines a native reader holds back after an event whose time goes backwards, until enough
 * later lines are read to judge ({@link ClockJudge}) whether that line, the event before it, or the
 * clock itself is at fault. Only a line that goes back starts a hold, so ordinary files never copy
 * a line and the fast path stays as it is.
 */
final class NativeClockHold {
    /** A held line: its bytes, where it was, and its time in ms (-1 when it has none usable). */
    record Held(byte[] bytes, long line, boolean unterminated, int t) {
    }

    /** Lines without a usable time (damage) also count towards this, so garbage cannot grow the hold. */
    private static final int MAX_HELD = 64;

    /** Native times never step back: equal times are in order, any earlier time is not. */
    private final ClockJudge judge = new ClockJudge(0);
    private final List<Held> lines = new ArrayList<>();
    private int timed;

    boolean active() {
        return !lines.isEmpty();
    }

    void add(byte[] b, int start, int end, long line, boolean unterminated, int t) {
        lines.add(new Held(Arrays.copyOfRange(b, start, end), line, unterminated, t));
        if (t >= 0) {
            timed++;
        }
    }

    /** Whether the line that went back now has enough following lines to be judged. */
    boolean ready() {
        return timed > ClockJudge.FOLLOWING_LINES || lines.size() >= MAX_HELD;
    }

    /** The held lines, in file order; the hold is empty afterwards. */
    private List<Held> take() {
        List<Held> taken = List.copyOf(lines);
        lines.clear();
        timed = 0;
        return taken;
    }

    /**
     * Judges the line that went back (the first held), now that the lines after it are known, and
     * applies the verdict: either the event before it jumped ahead alone (it is taken back from the
     * log), or the clock was reset (a pause and resume are appended and later times are moved to
     * continue from the last event), or the line itself is the bad one (it is dropped). The hold is
     * emptied; the caller reads the returned lines again, in order.
     *
     * @param lastEventLine the line of the log's last event, or 0 when it came from no single line
     */
    List<Held> resolve(SessionLogBuilder log, NativeEventAppender appender, NativeProblems problems,
                       long lastEventLine) {
        List<Held> held = take();
        Held first = held.get(0);
        double[] after = followingTimes(held);
        int last = log.lastTime();
        if (lastEventLine > 0 && lastJumpedAhead(log, first, after)) {
            log.removeLast();
            problems.warn(lastEventLine, "time jumps ahead of the events around it (t is after the next lines');"
                    + " event skipped");
            return held;
        }
        if (judge.judge(last, first.t(), after, after.length) == ClockJudge.Verdict.CLOCK_RESET) {
            problems.warn(first.line(), "time goes backwards and the next lines continue from it (the capture's"
                    + " clock was reset); kept after a pause");
            log.add(last, EventKind.PAUSE, 0, 0, 0, 0);
            log.add(last, EventKind.RESUME, 0, 0, 0, 0);
            appender.shift(last - (long) first.t());
            return held;
        }
        problems.warn(first.line(), "time goes backwards (t is before the events around it); event skipped");
        return held.subList(1, held.size());
    }

    private boolean lastJumpedAhead(SessionLogBuilder log, Held first, double[] after) {
        int size = log.size();
        double beforeIt = size >= 2 ? log.timeAt(size - 2) : Double.NaN;
        double[] following = new double[after.length + 1];
        following[0] = first.t();
        System.arraycopy(after, 0, following, 1, after.length);
        return judge.judge(beforeIt, log.lastTime(), following, following.length) == ClockJudge.Verdict.JUMPS_AHEAD;
    }

    /** The times of the timed lines after the first one. */
    private static double[] followingTimes(List<Held> held) {
        double[] times = new double[held.size()];
        int n = 0;
        for (int i = 1; i < held.size(); i++) {
            if (held.get(i).t() >= 0) {
                times[n++] = held.get(i).t();
            }
        }
        return Arrays.copyOf(times, n);
    }
}
