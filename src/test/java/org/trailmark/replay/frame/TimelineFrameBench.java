package org.trailmark.replay.frame;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeRuler;

/**
 * Times one timeline frame (1920 px) on generated sessions of 1 M and 10 M events at three zoom
 * levels, against {@link NaiveTimelineFrame} in the same run. Not a test: run its main and read
 * the numbers (the project's bench command records the official figures).
 * <pre>java -Xmx3g -cp (build)/classes:(build)/test-classes org.trailmark.replay.frame.TimelineFrameBench [events...]</pre>
 */
public final class TimelineFrameBench {
    private static final int WIDTH = 1920;

    private TimelineFrameBench() {
    }

    private interface FrameMaker {
        TimelineFrame make(double from, double to);
    }

    /** Wall-clock median and p95, and the median of the thread's CPU time (steadier on a busy machine). */
    private record Timing(double medianMs, double p95Ms, double cpuMedianMs) {
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public static void main(String[] args) {
        System.out.printf(Locale.ROOT, "java %s, %d cores, load average %.1f%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String arg : args.length > 0 ? args : new String[] {"1000000", "10000000"}) {
            measure(Integer.parseInt(arg));
        }
    }

    private static void measure(int events) {
        SessionLog log = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, events).log();
        long start = System.nanoTime();
        ActivitySummary summary = ActivitySummary.build(log);
        IdleSpans idle = IdleSpans.detect(log);
        double buildMs = (System.nanoTime() - start) / 1e6;
        long duration = log.durationMs();
        System.out.printf(Locale.ROOT, "%,d events over %s; summary and idle spans built in %.0f ms%n", events,
                TimeRuler.duration(duration), buildMs);
        double[] lengths = {duration, 600_000, 1000};
        String[] names = {"whole session", "10 min window", "1 s window"};
        for (int z = 0; z < lengths.length; z++) {
            double length = Math.min(lengths[z], duration);
            Timing fast = time(length, duration, 400,
                    (from, to) -> TimelineFrame.compute(summary, idle, from, to, WIDTH));
            Timing naive = time(length, duration, z == 0 ? 15 : 100,
                    (from, to) -> NaiveTimelineFrame.compute(log, idle, from, to, WIDTH));
            System.out.printf(Locale.ROOT,
                    "  %-14s frame %.3f ms (p95 %.3f, cpu %.3f)   naive %.3f ms (p95 %.3f, cpu %.3f)%n",
                    names[z], fast.medianMs(), fast.p95Ms(), fast.cpuMedianMs(),
                    naive.medianMs(), naive.p95Ms(), naive.cpuMedianMs());
        }
    }

    /** Milliseconds per frame at random positions of a window of the given length, after a warm-up. */
    private static Timing time(double length, long duration, int runs, FrameMaker maker) {
        Random random = new Random(7);
        long sink = 0;
        for (int i = 0; i < Math.max(20, runs / 2); i++) {
            double from = random.nextDouble() * (duration - length);
            sink += maker.make(from, from + length).peak(ActivityTrack.KEYS);
        }
        double[] ms = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            double from = random.nextDouble() * (duration - length);
            long c0 = THREADS.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            TimelineFrame frame = maker.make(from, from + length);
            ms[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - c0) / 1e6;
            sink += frame.peak(ActivityTrack.POINTER);
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(sink);
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        return new Timing(ms[runs / 2], ms[Math.min(runs - 1, (int) (runs * 0.95))], cpu[runs / 2]);
    }
}
