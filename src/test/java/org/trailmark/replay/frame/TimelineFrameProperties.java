package org.trailmark.replay.frame;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.ActivityTrack;
import org.trailmark.replay.IdleSpans;

class TimelineFrameProperties {

    @Property(tries = 150)
    void theIndexedFrameEqualsTheFrameBuiltFromEveryEvent(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 2500) int events,
            @ForAll @Scale(6) @DoubleRange(min = -0.2, max = 1.1) double from,
            @ForAll @Scale(6) @DoubleRange(min = 0.00001, max = 1.3) double length,
            @ForAll @IntRange(min = 1, max = 400) int width) {
        SessionLog log = RandomLogs.log(seed, events);
        ActivitySummary summary = ActivitySummary.build(log);
        IdleSpans idle = IdleSpans.detect(log, 2000, 3);
        double duration = Math.max(10, log.durationMs());
        double fromMs = from * duration;
        double toMs = fromMs + Math.max(0.01, length * duration);

        TimelineFrame fast = TimelineFrame.compute(summary, idle, fromMs, toMs, width);
        TimelineFrame naive = NaiveTimelineFrame.compute(log, idle, fromMs, toMs, width);

        assertThat(fast.counts()).isDeepEqualTo(naive.counts());
        assertThat(fast.focus()).isEqualTo(naive.focus());
        assertThat(fast.idle()).isEqualTo(naive.idle());
        assertThat(fast.pauses()).isEqualTo(naive.pauses());
        assertThat(fast.ticks()).isEqualTo(naive.ticks());
    }

    @Property(tries = 80)
    void everyEventInTheWindowLandsInExactlyOnePixel(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 1500) int events,
            @ForAll @IntRange(min = 1, max = 1920) int width) {
        SessionLog log = RandomLogs.log(seed, events);
        TimelineFrame frame = TimelineFrame.compute(ActivitySummary.build(log), IdleSpans.detect(log), 0,
                log.durationMs() + 1.0, width);

        for (ActivityTrack track : TimelineFrame.BAR_TRACKS) {
            long drawn = 0;
            for (int px = 0; px < width; px++) {
                drawn += frame.count(track, px);
            }
            assertThat(drawn).isEqualTo(log.countsByKind().get(track.counted()));
        }
    }

    @Property(tries = 80)
    void focusSegmentsTileTheirPartOfTheFrameWithoutOverlap(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 1500) int events,
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 1) double from, @ForAll @IntRange(min = 1, max = 800) int width) {
        SessionLog log = RandomLogs.log(seed, events);
        double duration = Math.max(10, log.durationMs());
        TimelineFrame frame = TimelineFrame.compute(ActivitySummary.build(log), IdleSpans.detect(log),
                from * duration, from * duration + duration / 3, width);

        for (int i = 0; i < frame.focus().size(); i++) {
            FocusSegment segment = frame.focus().get(i);
            assertThat(segment.pixels().x0()).isGreaterThanOrEqualTo(0);
            assertThat(segment.pixels().x1()).isLessThanOrEqualTo(width).isGreaterThan(segment.pixels().x0());
            if (i > 0) {
                assertThat(segment.pixels().x0()).isEqualTo(frame.focus().get(i - 1).pixels().x1());
            }
            double middle = (segment.pixels().x0() + segment.pixels().x1()) / 2;
            assertThat(frame.focusAt(middle)).contains(segment);
        }
    }

    @Property(tries = 100)
    void rulerTicksAreOrderedInsideTheFrameWithLabelledMajorsApart(
            @ForAll @Scale(6) @DoubleRange(min = 0, max = 30_000_000) double fromMs,
            @ForAll @Scale(6) @DoubleRange(min = 10, max = 40_000_000) double lengthMs,
            @ForAll @IntRange(min = 200, max = 3000) int width) {
        PixelScale scale = new PixelScale(fromMs, fromMs + lengthMs, width);

        java.util.List<Tick> ticks = RulerTicks.of(scale);

        double lastMajorX = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < ticks.size(); i++) {
            Tick tick = ticks.get(i);
            assertThat(tick.x()).isBetween(-1e-6, (double) width);
            if (i > 0) {
                assertThat(tick.ms()).isGreaterThan(ticks.get(i - 1).ms());
            }
            if (tick.isMajor()) {
                assertThat(tick.x() - lastMajorX).isGreaterThanOrEqualTo(RulerTicks.MIN_LABEL_SPACING_PX - 1e-6);
                lastMajorX = tick.x();
            }
        }
        assertThat(ticks.size()).isLessThanOrEqualTo((int) (width / RulerTicks.MIN_MINOR_SPACING_PX) + 2);
    }
}
