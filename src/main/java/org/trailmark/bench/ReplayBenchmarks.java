package org.trailmark.bench;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.NaiveReplay;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.ReplayState;
import org.trailmark.replay.frame.NaiveTimelineFrame;
import org.trailmark.replay.frame.TimelineFrame;

/** Seek and timeline-frame figures: the replay index and the level-of-detail summary against naive code. */
final class ReplayBenchmarks {
    private static final int SEEKS = 20_000;
    private static final int NAIVE_SEEKS = 15;
    private static final int FRAMES = 600;
    private static final int NAIVE_FRAMES = 12;
    private static final int WIDTH = 1920;
    /** Visible windows from 1 s to the whole session: "any zoom". */
    private static final double[] WINDOW_FRACTIONS = {1.0, 0.25, 0.02};
    private static final int[] WINDOW_MS = {600_000, 60_000, 1_000};

    private ReplayBenchmarks() {
    }

    /**
     * p99 ms of "seek to a random time with full state": state at t plus the text a viewer shows. Both
     * sides are warmed by the same rule on times of their own, then timed on the same times (the naive
     * side on the first {@value #NAIVE_SEEKS}).
     */
    static double[] seekP99(SessionLog log, long seed) {
        ReplayIndex index = ReplayIndex.build(log);
        int duration = (int) log.durationMs();
        SplittableRandom warmUpTimes = new SplittableRandom(seed + 1);
        long sink = Stopwatch.warmUp(i -> fullState(index, warmUpTimes.nextInt(duration + 1)));
        sink += Stopwatch.warmUp(i -> naiveFullState(log, warmUpTimes.nextInt(duration + 1)));
        SplittableRandom random = new SplittableRandom(seed);
        int[] times = new int[SEEKS];
        for (int i = 0; i < SEEKS; i++) {
            times[i] = random.nextInt(duration + 1);
        }
        double[] fast = new double[SEEKS];
        for (int i = 0; i < SEEKS; i++) {
            long start = System.nanoTime();
            sink += fullState(index, times[i]);
            fast[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] naive = new double[NAIVE_SEEKS];
        for (int i = 0; i < NAIVE_SEEKS; i++) {
            long start = System.nanoTime();
            sink += naiveFullState(log, times[i]);
            naive[i] = (System.nanoTime() - start) / 1e6;
        }
        Blackhole.consume(sink);
        return new double[] {percentile(fast, 99), percentile(naive, 99)};
    }

    private static long naiveFullState(SessionLog log, int t) {
        ReplayState state = NaiveReplay.stateAt(log, t);
        return state.text().recentGroups(3).stream().mapToInt(g -> g.display().length()).sum();
    }

    private static long fullState(ReplayIndex index, int t) {
        ReplayState state = index.stateAt(t);
        long sink = state.pointerX() + state.recentKeys().size();
        for (GroupText group : state.text().recentGroups(3)) {
            sink += group.display().length();
        }
        return sink;
    }

    /**
     * p99 ms of one 1920 px frame over windows of every zoom at random places; naive alongside. Both
     * sides are warmed by the same rule on windows of their own, then timed on the same windows (the
     * naive side on the first {@value #NAIVE_FRAMES}, every zoom twice).
     */
    static double[] frameP99(SessionLog log, long seed) {
        ActivitySummary summary = ActivitySummary.build(log);
        IdleSpans idle = IdleSpans.detect(log);
        double duration = Math.max(1, log.durationMs());
        SplittableRandom warmUpPlaces = new SplittableRandom(seed + 1);
        long sink = Stopwatch.warmUp(i -> {
            double[] w = window(warmUpPlaces, duration, i);
            return TimelineFrame.compute(summary, idle, w[0], w[1], WIDTH).width();
        });
        sink += Stopwatch.warmUp(i -> {
            double[] w = window(warmUpPlaces, duration, i);
            return NaiveTimelineFrame.compute(log, idle, w[0], w[1], WIDTH).width();
        });
        SplittableRandom random = new SplittableRandom(seed);
        double[][] windows = new double[FRAMES][];
        for (int i = 0; i < FRAMES; i++) {
            windows[i] = window(random, duration, i);
        }
        double[] fast = new double[FRAMES];
        for (int i = 0; i < FRAMES; i++) {
            long start = System.nanoTime();
            sink += TimelineFrame.compute(summary, idle, windows[i][0], windows[i][1], WIDTH).width();
            fast[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] naive = new double[NAIVE_FRAMES];
        for (int i = 0; i < NAIVE_FRAMES; i++) {
            long start = System.nanoTime();
            sink += NaiveTimelineFrame.compute(log, idle, windows[i][0], windows[i][1], WIDTH).width();
            naive[i] = (System.nanoTime() - start) / 1e6;
        }
        Blackhole.consume(sink);
        return new double[] {percentile(fast, 99), percentile(naive, 99)};
    }

    private static double[] window(SplittableRandom random, double duration, int i) {
        int kinds = WINDOW_FRACTIONS.length + WINDOW_MS.length;
        int k = i % kinds;
        double width = k < WINDOW_FRACTIONS.length ? duration * WINDOW_FRACTIONS[k]
                : Math.min(duration, WINDOW_MS[k - WINDOW_FRACTIONS.length]);
        double from = random.nextDouble() * Math.max(0, duration - width);
        return new double[] {from, from + width};
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Keeps results alive so the JIT cannot drop the measured work. */
    static final class Blackhole {
        static volatile long value;

        static void consume(long v) {
            value += v;
        }
    }
}
