package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimeRulerTest {

    @Test
    void stepsAreNiceNumbersAtLeastTheMinimumSpacingApart() {
        assertThat(TimeRuler.tickStepMs(0.01, 80)).isEqualTo(1);
        assertThat(TimeRuler.tickStepMs(0.1, 80)).isEqualTo(10);
        assertThat(TimeRuler.tickStepMs(1, 80)).isEqualTo(100);
        assertThat(TimeRuler.tickStepMs(2, 80)).isEqualTo(200);
        assertThat(TimeRuler.tickStepMs(5, 80)).isEqualTo(500);
        assertThat(TimeRuler.tickStepMs(100, 80)).isEqualTo(10_000);
        assertThat(TimeRuler.tickStepMs(150, 80)).isEqualTo(15_000);
        assertThat(TimeRuler.tickStepMs(1000, 80)).isEqualTo(120_000);
        assertThat(TimeRuler.tickStepMs(40_000, 80)).isEqualTo(3_600_000);
        assertThat(TimeRuler.tickStepMs(100_000, 80)).isEqualTo(3 * 3_600_000);
    }

    @Test
    void stepsNeverShrinkWhenZoomingOut() {
        long previous = 0;
        for (double msPerPixel = 0.001; msPerPixel < 1e7; msPerPixel *= 1.3) {
            long step = TimeRuler.tickStepMs(msPerPixel, 60);
            assertThat(step).isGreaterThanOrEqualTo(previous);
            assertThat(step / msPerPixel).isGreaterThanOrEqualTo(60 - 1e-9);
            previous = step;
        }
    }

    @Test
    void ticksSitOnMultiplesOfTheStep() {
        assertThat(TimeRuler.firstTickMs(1234.5, 500)).isEqualTo(1500);
        assertThat(TimeRuler.firstTickMs(1500, 500)).isEqualTo(1500);
    }

    @Test
    void labelsShowThePrecisionTheStepNeeds() {
        assertThat(TimeRuler.tickLabel(0, 1000)).isEqualTo("0:00");
        assertThat(TimeRuler.tickLabel(754_000, 60_000)).isEqualTo("12:34");
        assertThat(TimeRuler.tickLabel(3_900_000, 600_000)).isEqualTo("1:05:00");
        assertThat(TimeRuler.tickLabel(12_500, 500)).isEqualTo("0:12.5");
        assertThat(TimeRuler.tickLabel(12_250, 50)).isEqualTo("0:12.25");
        assertThat(TimeRuler.tickLabel(12_251, 1)).isEqualTo("0:12.251");
        assertThat(TimeRuler.playheadLabel(3_723_004)).isEqualTo("1:02:03.004");
    }

    @Test
    void durationsReadNaturally() {
        assertThat(TimeRuler.duration(850)).isEqualTo("850 ms");
        assertThat(TimeRuler.duration(12_340)).isEqualTo("12.3 s");
        assertThat(TimeRuler.duration(245_000)).isEqualTo("4 min 05 s");
        assertThat(TimeRuler.duration(7_380_000)).isEqualTo("2 h 03 min");
    }
}
