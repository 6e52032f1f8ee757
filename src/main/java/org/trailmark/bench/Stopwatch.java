package org.trailmark.bench;

import java.util.Arrays;

/** Wall-clock samples of one operation; the suite reports medians. */
final class Stopwatch {
    private Stopwatch() {
    }

    interface Timed {
        void run() throws Exception;
    }

    static double seconds(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return (System.nanoTime() - start) / 1e9;
    }

    static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
