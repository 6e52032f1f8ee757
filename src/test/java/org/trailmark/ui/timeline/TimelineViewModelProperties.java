package org.trailmark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class TimelineViewModelProperties {

    @Property(tries = 300)
    void theWindowStaysInsideTheSessionAndWithinTheZoomLimits(
            @ForAll @IntRange(min = 0, max = 40_000_000) int duration,
            @ForAll @Scale(6) @DoubleRange(min = -1, max = 2) double from, @ForAll @Scale(6) @DoubleRange(min = -1, max = 2) double to,
            @ForAll @Scale(6) @DoubleRange(min = 0.001, max = 1000) double factor,
            @ForAll @Scale(6) @DoubleRange(min = -2, max = 2) double anchor,
            @ForAll @Scale(6) @DoubleRange(min = -3, max = 3) double pan) {
        TimelineViewModel model = Sources.model(duration, 1500);
        double max = model.maxVisibleMs();

        model.showRange(from * max, to * max);
        assertWindowIsValid(model);
        model.zoomAt(factor, anchor * max);
        assertWindowIsValid(model);
        model.pan(pan * max);
        assertWindowIsValid(model);
    }

    @Property(tries = 300)
    void zoomingInInsideTheWindowNeverMovesTheAnchor(
            @ForAll @IntRange(min = 1000, max = 40_000_000) int duration,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double start, @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double length,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double anchorFraction,
            @ForAll @Scale(6) @DoubleRange(min = 1, max = 50) double factor,
            @ForAll @IntRange(min = 200, max = 4000) int width) {
        TimelineViewModel model = Sources.model(duration, width);
        model.showRange(start * duration, start * duration + length * duration);
        double anchorX = anchorFraction * width;
        double anchorMs = model.timeAt(anchorX);

        model.zoomAt(factor, anchorMs);

        assertThat(model.xAt(anchorMs)).isCloseTo(anchorX, within(1e-6 * width));
    }

    @Property(tries = 300)
    void timeAtAndXAtAreInverses(@ForAll @IntRange(min = 10, max = 40_000_000) int duration,
                                 @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double start,
                                 @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double length,
                                 @ForAll @Scale(6) @DoubleRange(min = -500, max = 5000) double x,
                                 @ForAll @IntRange(min = 1, max = 4000) int width) {
        TimelineViewModel model = Sources.model(duration, width);
        model.showRange(start * duration, (start + length) * duration);

        assertThat(model.xAt(model.timeAt(x))).isCloseTo(x, within(1e-6 * Math.max(1, Math.abs(x))));
    }

    private static void assertWindowIsValid(TimelineViewModel model) {
        double eps = 1e-6 * model.maxVisibleMs();
        assertThat(model.getVisibleFromMs()).isGreaterThanOrEqualTo(0);
        assertThat(model.getVisibleToMs()).isLessThanOrEqualTo(model.maxVisibleMs() + eps);
        assertThat(model.getVisibleLengthMs()).isGreaterThanOrEqualTo(TimelineViewModel.MIN_VISIBLE_MS - eps);
    }
}
