package org.trailmark.privacy.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    /** Newcombe (1998), "Two-sided confidence intervals for the single proportion", Table I, method 3. */
    @Test
    void matchesThePublishedWilsonIntervals() {
        assertInterval(WilsonInterval.of(81, 263), 0.2553, 0.3662);
        assertInterval(WilsonInterval.of(15, 148), 0.0624, 0.1605);
        assertInterval(WilsonInterval.of(0, 20), 0.0, 0.1611);
        assertInterval(WilsonInterval.of(1, 29), 0.0061, 0.1718);
    }

    @Test
    void aPerfectScoreOnTenCasesIsNotCertainty() {
        assertInterval(WilsonInterval.of(10, 10), 0.7225, 1.0);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> WilsonInterval.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property
    void containsTheObservedProportionAndStaysInsideZeroOne(@ForAll @IntRange(min = 1, max = 5000) int trials,
                                                            @ForAll @IntRange(min = 0, max = 5000) int raw) {
        int successes = raw % (trials + 1);
        WilsonInterval i = WilsonInterval.of(successes, trials);
        double p = (double) successes / trials;
        assertThat(i.low()).isBetween(0.0, p + 1e-12);
        assertThat(i.high()).isBetween(p - 1e-12, 1.0);
    }

    @Property
    void failuresMirrorSuccesses(@ForAll @IntRange(min = 1, max = 2000) int trials,
                                 @ForAll @IntRange(min = 0, max = 2000) int raw) {
        int successes = raw % (trials + 1);
        WilsonInterval found = WilsonInterval.of(successes, trials);
        WilsonInterval missed = WilsonInterval.of(trials - successes, trials);
        assertThat(found.low()).isCloseTo(1 - missed.high(), within(1e-9));
    }

    private static void assertInterval(WilsonInterval i, double low, double high) {
        assertThat(i.low()).isCloseTo(low, within(0.00006));
        assertThat(i.high()).isCloseTo(high, within(0.00006));
    }
}
