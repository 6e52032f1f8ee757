package org.trailmark.bench;

import java.util.Arrays;

/** Wall-clock samples of one operation; the suite reports medians. */
final class Stopwatch {
    /**
     * The one warm-up rule for both sides of every in-process comparison: untimed calls until at least
     * this many calls and this much time have gone by, so a slow baseline's first calls (interpreted,
     * then half-compiled) are not what gets timed, and a fast side's many small calls are compiled too.
     */
    static final int WARM_UP_MIN_CALLS = 5;
    static final long WARM_UP_MIN_NANOS = 500_000_000L;

    private Stopwatch() {
    }

    interface Timed {
        void run() throws Exception;
    }

    /** One call of a warm-up or timed sequence; {@code i} counts calls from 0. */
    interface Call {
        long run(int i);
    }

    static double seconds(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs {@code call} untimed by {@link #WARM_UP_MIN_CALLS} and {@link #WARM_UP_MIN_NANOS}; returns a sink. */
    static long warmUp(Call call) {
        long start = System.nanoTime();
        long sink = 0;
        int i = 0;
        while (i < WARM_UP_MIN_CALLS || System.nanoTime() - start < WARM_UP_MIN_NANOS) {
            sink += call.run(i++);
        }
        return sink;
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
