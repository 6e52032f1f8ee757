package org.trailmark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineViewModelTest {
    private static final int HOUR = 3_600_000;

    @Test
    void aNewSessionShowsItsWholeLengthWithThePlayheadAtTheStart() {
        TimelineViewModel model = Sources.model(HOUR, 1000);

        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.getVisibleToMs()).isEqualTo(HOUR);
        assertThat(model.getPlayheadMs()).isZero();
        assertThat(model.getSelection()).isNull();
        assertThat(model.canZoomOut()).isFalse();
        assertThat(model.canZoomIn()).isTrue();
    }

    @Test
    void zoomingInKeepsTheAnchorUnderTheSamePixel() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        double anchor = model.timeAt(250);

        model.zoomAt(8, anchor);

        assertThat(model.getVisibleLengthMs()).isCloseTo(HOUR / 8.0, within(1e-6));
        assertThat(model.xAt(anchor)).isCloseTo(250, within(1e-6));
    }

    @Test
    void zoomStopsAtTenMillisecondsAndAtTheWholeSession() {
        TimelineViewModel model = Sources.model(HOUR, 1000);

        model.zoomAt(1e9, 1234);
        assertThat(model.getVisibleLengthMs()).isEqualTo(TimelineViewModel.MIN_VISIBLE_MS);
        assertThat(model.canZoomIn()).isFalse();

        model.zoomAt(1e-9, 1234);
        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.getVisibleToMs()).isEqualTo(HOUR);
    }

    @Test
    void zoomingOutNearTheEndShiftsTheWindowBackInside() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.showRange(HOUR - 60_000, HOUR);

        model.zoomAt(0.25, HOUR - 1000);

        assertThat(model.getVisibleToMs()).isEqualTo(HOUR);
        assertThat(model.getVisibleLengthMs()).isEqualTo(240_000);
    }

    @Test
    void plusAndMinusZoomAroundAVisiblePlayhead() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.seek(HOUR / 4.0);
        double x = model.xAt(HOUR / 4.0);

        model.zoomIn();
        assertThat(model.getVisibleLengthMs()).isEqualTo(HOUR / 2.0);
        assertThat(model.xAt(model.getPlayheadMs())).isCloseTo(x, within(1e-6));

        model.zoomOut();
        assertThat(model.getVisibleLengthMs()).isEqualTo(HOUR);
    }

    @Test
    void fitShowsTheWholeSessionAgain() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.zoomAt(100, 1000);

        model.fit();

        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.getVisibleToMs()).isEqualTo(HOUR);
    }

    @Test
    void panningStopsAtBothEndsWithoutChangingTheLength() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.showRange(1000, 61_000);

        model.pan(-10_000);
        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.getVisibleLengthMs()).isEqualTo(60_000);

        model.pan(10 * HOUR);
        assertThat(model.getVisibleToMs()).isEqualTo(HOUR);
        assertThat(model.getVisibleLengthMs()).isEqualTo(60_000);

        model.panPixels(-500);
        assertThat(model.getVisibleToMs()).isEqualTo(HOUR - 30_000);
    }

    @Test
    void seekingClampsToTheSessionAndTheWindowFollowsThePlayhead() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.showRange(0, 60_000);

        model.seek(HOUR * 2.0);
        assertThat(model.getPlayheadMs()).isEqualTo(HOUR);
        assertThat(model.isPlayheadVisible()).isTrue();

        model.seek(-5);
        assertThat(model.getPlayheadMs()).isZero();
        assertThat(model.getVisibleFromMs()).isZero();

        model.seek(120_000);
        assertThat(model.getVisibleFromMs()).isEqualTo(120_000 - 6_000);
    }

    @Test
    void withoutFollowingTheWindowStaysPutAndScrollToPlayheadCentresIt() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.followPlayheadProperty().set(false);
        model.showRange(0, 60_000);

        model.seek(600_000);
        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.isPlayheadVisible()).isFalse();

        model.scrollToPlayhead();
        assertThat(model.getVisibleFromMs()).isEqualTo(570_000);
        assertThat(model.getVisibleToMs()).isEqualTo(630_000);
    }

    @Test
    void aSelectionIsOrderedClampedAndClearedWhenEmpty() {
        TimelineViewModel model = Sources.model(60_000, 1000);

        model.select(50_000, 20_000.4);
        assertThat(model.getSelection()).isEqualTo(new TimelineViewModel.LoopRange(20_000, 50_000));

        model.select(55_000, 90_000);
        assertThat(model.getSelection()).isEqualTo(new TimelineViewModel.LoopRange(55_000, 60_000));

        model.select(3000, 3000);
        assertThat(model.getSelection()).isNull();
    }

    @Test
    void aSessionShorterThanTheMinimumWindowShowsTheMinimum() {
        TimelineViewModel model = Sources.model(3, 500);

        assertThat(model.getVisibleFromMs()).isZero();
        assertThat(model.getVisibleToMs()).isEqualTo(TimelineViewModel.MIN_VISIBLE_MS);
        model.pan(100);
        assertThat(model.getVisibleFromMs()).isZero();
    }

    @Test
    void openingAnotherSessionResetsTasksFlagsSelectionAndWindow() {
        TimelineViewModel model = Sources.model(HOUR, 1000);
        model.setTaskSpans(List.of(new TimelineSpan(0, 1000, "Reply to the invoice e-mail")));
        model.setFlagSpans(List.of(new TimelineSpan(10, 20, "password")));
        model.select(10, 20_000);
        model.zoomAt(50, 10);

        model.setSource(Sources.lasting(5000));

        assertThat(model.getTaskSpans()).isEmpty();
        assertThat(model.getFlagSpans()).isEmpty();
        assertThat(model.getSelection()).isNull();
        assertThat(model.getVisibleToMs()).isEqualTo(5000);
    }
}
