package org.trailmark.replay.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.Action;
import org.trailmark.replay.ActionCoalescer;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.NaiveReplay;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.ReplayState;

/**
 * Measures the replay engine on synthetic workday logs (1 M and 10 M events) against the naive
 * baselines in the same run. Not a test: run its main and read the numbers.
 * <pre>java -Xmx4g -cp target/classes:target/test-classes org.trailmark.replay.bench.ReplayBench</pre>
 */
public final class ReplayBench {
    private static final int FRAME_PX = 1920;

    private ReplayBench() {
    }

    public static void main(String[] args) {
        int small = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int large = args.length > 1 ? Integer.parseInt(args[1]) : 10_000_000;
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        SessionLog r1 = SyntheticWorkday.log(small, 1);
        describe("R1", r1);
        measureIndex(r1);
        measureOthers(r1);
        measureSummary("R1", r1);
        r1 = null;
        if (large > 0) {
            SessionLog r10 = SyntheticWorkday.log(large, 10);
            describe("R10", r10);
            measureSummary("R10", r10);
            measureIndexBuildOnly(r10);
        }
    }

    private static void describe(String name, SessionLog log) {
        Map<EventKind, Long> counts = log.countsByKind();
        System.out.printf(Locale.ROOT, "%n== %s: %,d events over %.1f h; moves %.1f%%, key_down %,d, clicks %,d, wheel %,d, focus %,d%n",
                name, log.size(), log.durationMs() / 3_600_000.0, 100.0 * counts.get(EventKind.POINTER_MOVE) / log.size(),
                counts.get(EventKind.KEY_DOWN), counts.get(EventKind.BUTTON_DOWN), counts.get(EventKind.WHEEL),
                counts.get(EventKind.FOCUS));
    }

    private static void measureIndex(SessionLog log) {
        ReplayIndex index = null;
        long[] builds = new long[7];
        long before = usedHeap();
        for (int i = 0; i < builds.length; i++) {
            index = null;
            long start = System.nanoTime();
            index = ReplayIndex.build(log);
            builds[i] = System.nanoTime() - start;
        }
        long after = usedHeap();
        Arrays.sort(builds);
        System.out.printf(Locale.ROOT, "ReplayIndex.build: median %.1f ms (min %.1f); approx %,d bytes = %.2f B/event; heap delta %.2f B/event%n",
                builds[builds.length / 2] / 1e6, builds[0] / 1e6, index.approximateBytes(),
                (double) index.approximateBytes() / log.size(), (double) (after - before) / log.size());

        Random r = new Random(3);
        int duration = (int) log.durationMs();
        int warm = 20_000;
        long sink = 0;
        for (int i = 0; i < warm; i++) {
            sink += index.stateAt(r.nextInt(duration)).pointerX();
        }
        int seeks = 20_000;
        long[] stateOnly = new long[seeks];
        long[] withText = new long[seeks];
        for (int i = 0; i < seeks; i++) {
            int t = r.nextInt(duration);
            long s0 = System.nanoTime();
            ReplayState state = index.stateAt(t);
            long s1 = System.nanoTime();
            List<GroupText> shown = state.text().recentGroups(3);
            long s2 = System.nanoTime();
            stateOnly[i] = s1 - s0;
            withText[i] = s2 - s0;
            sink += state.pointerX() + shown.size();
        }
        report("stateAt (index)", stateOnly);
        report("stateAt + text of 3 recent groups (index)", withText);

        int naiveSeeks = 60;
        long[] naive = new long[naiveSeeks];
        for (int i = 0; i < 5; i++) {
            sink += NaiveReplay.stateAt(log, r.nextInt(duration)).pointerX();
        }
        for (int i = 0; i < naiveSeeks; i++) {
            int t = r.nextInt(duration);
            long s0 = System.nanoTime();
            ReplayState state = NaiveReplay.stateAt(log, t);
            sink += state.text().recentGroups(3).size();
            naive[i] = System.nanoTime() - s0;
        }
        report("stateAt + text of 3 recent groups (naive replay from start)", naive);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void measureIndexBuildOnly(SessionLog log) {
        long best = Long.MAX_VALUE;
        ReplayIndex index = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            index = ReplayIndex.build(log);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "ReplayIndex.build: best %.1f ms; approx %.2f B/event%n", best / 1e6,
                (double) index.approximateBytes() / log.size());
        Random r = new Random(5);
        long[] seeks = new long[20_000];
        int duration = (int) log.durationMs();
        long sink = 0;
        for (int i = 0; i < 20_000; i++) {
            sink += index.stateAt(r.nextInt(duration)).pointerX();
        }
        for (int i = 0; i < seeks.length; i++) {
            int t = r.nextInt(duration);
            long s0 = System.nanoTime();
            ReplayState state = index.stateAt(t);
            sink += state.text().recentGroups(3).size();
            seeks[i] = System.nanoTime() - s0;
        }
        report("stateAt + text of 3 recent groups (index)", seeks);
        if (sink == 42) {
            System.out.println();
        }
    }

    private static void measureOthers(SessionLog log) {
        long start = System.nanoTime();
        IdleSpans idle = IdleSpans.detect(log);
        long idleNs = System.nanoTime() - start;
        start = System.nanoTime();
        List<Action> actions = ActionCoalescer.coalesce(log);
        long actionNs = System.nanoTime() - start;
        System.out.printf(Locale.ROOT, "IdleSpans.detect: %.1f ms (%d spans); ActionCoalescer: %.1f ms (%,d actions), first run%n",
                idleNs / 1e6, idle.count(), actionNs / 1e6, actions.size());
    }

    private static void measureSummary(String name, SessionLog log) {
        ActivitySummary summary = null;
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            summary = ActivitySummary.build(log);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "ActivitySummary.build: best %.1f ms; approx %.2f B/event%n", best / 1e6,
                (double) summary.approximateBytes() / log.size());
        double duration = log.durationMs();
        double[] spans = {duration, 3_600_000, 60_000, 1000, 100};
        int[][] counts = new int[ActivityTrack.values().length][FRAME_PX];
        Random r = new Random(11);
        for (int w = 0; w < 300; w++) {
            double from = r.nextDouble() * duration * 0.9;
            summary.queryAll(from, from + duration / 10, FRAME_PX, counts);
        }
        for (double span : spans) {
            int frames = 300;
            long[] times = new long[frames];
            for (int f = 0; f < frames; f++) {
                double from = span >= duration ? 0 : r.nextDouble() * (duration - span);
                long s0 = System.nanoTime();
                summary.queryAll(from, from + span, FRAME_PX, counts);
                times[f] = System.nanoTime() - s0;
            }
            Arrays.sort(times);
            long naive = naiveFrame(log, span >= duration ? 0 : duration / 2 - span / 2, span, counts);
            System.out.printf(Locale.ROOT,
                    "%s frame %d px, all 5 tracks, window %s: summary p50 %.0f µs, p99 %.0f µs; naive (count every event in view) %.0f µs%n",
                    name, FRAME_PX, label(span, duration), times[frames / 2] / 1e3, times[frames * 99 / 100] / 1e3, naive / 1e3);
        }
    }

    /** The baseline: walk every event in view and bump its pixel. */
    private static long naiveFrame(SessionLog log, double from, double span, int[][] counts) {
        long best = Long.MAX_VALUE;
        for (int rep = 0; rep < 5; rep++) {
            long s0 = System.nanoTime();
            for (int[] c : counts) {
                Arrays.fill(c, 0);
            }
            int i = log.firstIndexAtOrAfter((int) Math.ceil(from));
            double to = from + span;
            for (; i < log.size() && log.time(i) < to; i++) {
                int px = (int) ((log.time(i) - from) * FRAME_PX / span);
                byte kind = log.kindCode(i);
                int track = kind == EventKind.KEY_DOWN.code() ? 0 : kind == EventKind.POINTER_MOVE.code() ? 1
                        : kind == EventKind.BUTTON_DOWN.code() ? 2 : kind == EventKind.WHEEL.code() ? 3
                        : kind == EventKind.FOCUS.code() ? 4 : -1;
                if (track >= 0 && px >= 0 && px < FRAME_PX) {
                    counts[track][px]++;
                }
            }
            best = Math.min(best, System.nanoTime() - s0);
        }
        return best;
    }

    private static String label(double span, double duration) {
        if (span >= duration) {
            return "whole session";
        }
        return span >= 3_600_000 ? "1 h" : span >= 60_000 ? "1 min" : span >= 1000 ? "1 s" : "100 ms";
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: p50 %.1f µs, p99 %.1f µs, max %.1f µs (n=%d)%n", what,
                sorted[sorted.length / 2] / 1e3, sorted[sorted.length * 99 / 100] / 1e3, sorted[sorted.length - 1] / 1e3,
                sorted.length);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
