package org.trailmark.io;

/**
 * Decides, from its neighbours, what a line whose time breaks the order of a capture is: one bad
 * line (a flipped digit or bit) or the start of a new clock. Without this, a single time stamp that
 * jumps ahead makes every later line look as if it went back in time, and the rest of the recording
 * is lost.
 *
 * <p>The rules, with {@code tolerance} the step back a format allows (recorder threads writing out of
 * order):
 * <ul>
 *   <li>A time that goes back is the bad line unless the next {@value #CONFIRMING_LINES} lines all
 *       continue from it, which is a clock reset: the lines are kept after a pause.</li>
 *   <li>A time in order or ahead is kept unless at least two of the following lines come back to
 *       where the lines before it were (or the only following line does): then it jumped ahead of
 *       its neighbours alone and is skipped. One following line that comes back is more likely the
 *       bad line itself, so it does not condemn the time before it.</li>
 * </ul>
 * Readers keep the next {@value #FOLLOWING_LINES} times in view while they stream.
 */
public final class ClockJudge {

    /** How many following times a reader keeps in view to judge a line. */
    public static final int FOLLOWING_LINES = 4;
    /** Following lines that must continue from a time that went back before it counts as a new clock. */
    static final int CONFIRMING_LINES = 3;

    /** What to do with the judged line. */
    public enum Verdict {
        /** In order (or within the tolerance): keep it. */
        KEEP,
        /** It jumps ahead of the lines around it: skip it. */
        JUMPS_AHEAD,
        /** It goes back before the lines around it: skip it. */
        GOES_BACK,
        /** The clock went back and stays there: keep it and what follows, after a pause. */
        CLOCK_RESET
    }

    private final double tolerance;

    /** @param tolerance how far back (in the caller's unit) a time may step without being out of order */
    public ClockJudge(double tolerance) {
        this.tolerance = tolerance;
    }

    /**
     * Judges {@code candidate}.
     *
     * @param before    the time of the last line kept, or NaN when none was kept yet
     * @param following the times of the next readable lines, in file order
     * @param count     how many of {@code following} are known (fewer near the end of the file)
     */
    public Verdict judge(double before, double candidate, double[] following, int count) {
        boolean hasBefore = !Double.isNaN(before);
        if (hasBefore && candidate < before - tolerance) {
            return wentBack(before, candidate, following, count);
        }
        int comeBack = 0;
        for (int i = 0; i < count; i++) {
            double f = following[i];
            if (f < candidate - tolerance && (!hasBefore || f >= before - tolerance)) {
                comeBack++;
            }
        }
        return comeBack >= 2 || (comeBack == 1 && count == 1) ? Verdict.JUMPS_AHEAD : Verdict.KEEP;
    }

    private Verdict wentBack(double before, double candidate, double[] following, int count) {
        int needed = Math.min(count, CONFIRMING_LINES);
        if (needed == 0) {
            return Verdict.GOES_BACK;
        }
        for (int i = 0; i < needed; i++) {
            double f = following[i];
            if (f < candidate - tolerance || f >= before - tolerance) {
                return Verdict.GOES_BACK;
            }
        }
        return Verdict.CLOCK_RESET;
    }
}
