package org.trailmark.replay.frame;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.ActivityTrack;

class TimelineFrameTest {
    private static SessionLog twoApps() {
        return new SessionLogBuilder()
                .focus(0, "Firefox", "Inbox")
                .pointerMove(100, 10, 10)
                .pointerMove(108, 12, 10)
                .button(200, true, PointerButton.LEFT, 12, 10)
                .button(260, false, PointerButton.LEFT, 12, 10)
                .key(400, true, "KeyH", "h")
                .key(450, false, "KeyH", "h")
                .focus(1000, "Terminal", "bash")
                .pause(2000)
                .resume(3000)
                .wheel(9000, 5, 5, 0, -1)
                .focus(9500, "Firefox", "Inbox")
                .key(10_000, true, "KeyA", "a")
                .build();
    }

    @Test
    void aWholeSessionFrameCountsEachEventInItsPixel() {
        TimelineFrame frame = TimelineSource.of(twoApps()).frame(0, 10_000, 100);

        assertThat(frame.count(ActivityTrack.POINTER, 1)).isEqualTo(2);
        assertThat(frame.count(ActivityTrack.CLICKS, 2)).isEqualTo(1);
        assertThat(frame.count(ActivityTrack.KEYS, 4)).isEqualTo(1);
        assertThat(frame.count(ActivityTrack.WHEEL, 90)).isEqualTo(1);
        assertThat(frame.peak(ActivityTrack.POINTER)).isEqualTo(2);
        assertThat(frame.level(ActivityTrack.POINTER, 1)).isEqualTo(1.0);
        assertThat(frame.level(ActivityTrack.POINTER, 50)).isZero();
    }

    @Test
    void focusSegmentsCarryTheAppAndAreFoundUnderThePointer() {
        TimelineSource source = TimelineSource.of(twoApps());
        TimelineFrame frame = source.frame(0, 10_000, 100);

        assertThat(frame.focus()).extracting(s -> s.focus().app()).containsExactly("Firefox", "Terminal", "Firefox");
        assertThat(frame.focusAt(50).orElseThrow().focus().app()).isEqualTo("Terminal");
        assertThat(frame.focusAt(50).orElseThrow().pixels().x0()).isEqualTo(10.0);
        assertThat(source.apps()).containsExactly("Firefox", "Terminal");
        assertThat(source.appRank(frame.focus().get(2).focus().appId())).isZero();
    }

    @Test
    void idleAndPausedStretchesAreClippedToTheWindow() {
        TimelineFrame frame = TimelineSource.of(twoApps()).frame(2500, 7500, 50);

        assertThat(frame.pauses()).singleElement().satisfies(p -> {
            assertThat(p.x0()).isZero();
            assertThat(p.x1()).isEqualTo(5.0);
            assertThat(p.startMs()).isEqualTo(2000);
        });
        assertThat(frame.idle()).singleElement().satisfies(p -> {
            assertThat(p.x0()).isZero();
            assertThat(p.x1()).isEqualTo(50.0);
        });
    }

    @Test
    void aTenMillisecondWindowStillHasLabelledTicks() {
        TimelineFrame frame = TimelineSource.of(twoApps()).frame(100, 110, 1000);

        assertThat(frame.ticks()).filteredOn(Tick::isMajor).extracting(Tick::label)
                .contains("0:00.100", "0:00.101");
        assertThat(frame.count(ActivityTrack.POINTER, 0)).isEqualTo(1);
        assertThat(frame.count(ActivityTrack.POINTER, 800)).isEqualTo(1);
    }

    @Test
    void theFocusRowIsNotABarTrack() {
        TimelineFrame frame = TimelineSource.of(twoApps()).frame(0, 100, 10);

        assertThatThrownBy(() -> frame.count(ActivityTrack.FOCUS, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEmptySessionGivesAnEmptyFrame() {
        TimelineFrame frame = TimelineSource.of(new SessionLogBuilder().build()).frame(0, 10, 200);

        assertThat(frame.focus()).isEmpty();
        assertThat(frame.idle()).isEmpty();
        assertThat(frame.peak(ActivityTrack.KEYS)).isZero();
        assertThat(frame.ticks()).isNotEmpty();
    }

    @Test
    void clipboardUseIsCountedPerPixelAsAMarkTrackAndTheNaiveFrameAgrees() {
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 1).clipboard(5_000, 12, null)
                .clipboard(5_020, 3, "abc").pointerMove(10_000, 2, 2).build();

        TimelineFrame frame = TimelineSource.of(log).frame(0, 10_000, 100);

        assertThat(frame.count(ActivityTrack.CLIPBOARD, 50)).isEqualTo(2);
        assertThat(frame.count(ActivityTrack.CLIPBOARD, 49)).isZero();
        assertThat(frame.count(ActivityTrack.KEYS, 50)).isZero();
        assertThat(NaiveTimelineFrame.compute(log, org.trailmark.replay.IdleSpans.detect(log), 0, 10_000, 100).counts())
                .isDeepEqualTo(frame.counts());
    }
}
