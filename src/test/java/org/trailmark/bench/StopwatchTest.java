package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one warm-up rule both sides of a comparison get: enough calls and enough time. */
class StopwatchTest {
    @Test
    void aSlowCallIsStillWarmedTheMinimumNumberOfTimes() {
        int[] calls = {0};
        Stopwatch.warmUp(i -> {
            calls[0]++;
            sleep(Stopwatch.WARM_UP_MIN_NANOS / 1_000_000 / 4);
            return i;
        });
        // four sleeps already pass the minimum time; the fifth call is there for the minimum count
        assertThat(calls[0]).isEqualTo(Stopwatch.WARM_UP_MIN_CALLS);
    }

    @Test
    void aQuickCallIsWarmedForTheMinimumTime() {
        int[] calls = {0};
        long start = System.nanoTime();
        Stopwatch.warmUp(i -> ++calls[0]);
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(Stopwatch.WARM_UP_MIN_NANOS);
        assertThat(calls[0]).isGreaterThan(Stopwatch.WARM_UP_MIN_CALLS);
    }

    @Test
    void theMedianIsTheMiddleNotTheBest() {
        assertThat(Stopwatch.median(new double[] {9, 1, 5})).isEqualTo(5);
        assertThat(Stopwatch.median(new double[] {4, 1, 2, 3})).isEqualTo(2.5);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
