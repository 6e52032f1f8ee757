package org.trailmark.replay.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeSpan;

class PlaybackClockTest {
    private static final long MS = 1_000_000L;

    /**
     * 0–1 s busy pointer, an idle stretch 1 s–11 s, a click at 11 s, keys at 12 s and 12.5 s,
     * a scroll at 13 s, focus at 14 s, the end at 20 s.
     */
    private static SessionLog session() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Mail", "Inbox");
        for (int t = 0; t <= 1000; t += 8) {
            b.pointerMove(t, 100 + t / 8, 200);
        }
        b.button(11_000, true, PointerButton.LEFT, 300, 300);
        b.button(11_080, false, PointerButton.LEFT, 300, 300);
        b.field(11_500, FieldRole.TEXT, "To");
        b.key(12_000, true, "KeyA", "a");
        b.key(12_050, false, "KeyA", null);
        b.key(12_500, true, "KeyB", "b");
        b.key(12_550, false, "KeyB", null);
        b.wheel(13_000, 300, 300, 0, -2);
        b.focus(14_000, "Terminal", "bash");
        b.pointerMove(20_000, 10, 10);
        return b.build();
    }

    private static PlaybackClock clock() {
        SessionLog log = session();
        return PlaybackClock.of(log, IdleSpans.detect(log));
    }

    @Test
    void pausedClockDoesNotMove() {
        PlaybackClock clock = clock();
        clock.advance(500 * MS);
        assertThat(clock.positionMs()).isZero();
        assertThat(clock.isPlaying()).isFalse();
    }

    @Test
    void playingAdvancesByWallTimeTimesSpeed() {
        PlaybackClock clock = clock();
        clock.play();
        clock.advance(50 * MS);
        assertThat(clock.positionMs()).isCloseTo(50, within(1e-9));
        clock.setSpeed(4);
        clock.advance(25 * MS);
        assertThat(clock.positionMs()).isCloseTo(150, within(1e-9));
    }

    @Test
    void quarterSpeedAccumulatesFractionsOfAMillisecond() {
        PlaybackClock clock = clock();
        clock.setSpeed(0.25);
        clock.play();
        for (int i = 0; i < 60; i++) {
            clock.advance(16_666_667L);
        }
        assertThat(clock.positionMs()).isCloseTo(250, within(0.01));
        assertThat(clock.timeMs()).isEqualTo(250);
    }

    @Test
    void speedsStepThroughTheOfferedListAndStopAtBothEnds() {
        PlaybackClock clock = clock();
        assertThat(clock.speed()).isEqualTo(1);
        while (clock.faster()) {
            // up to the top
        }
        assertThat(clock.speed()).isEqualTo(64);
        assertThat(clock.faster()).isFalse();
        while (clock.slower()) {
            // down to the bottom
        }
        assertThat(clock.speed()).isEqualTo(0.25);
        assertThat(clock.slower()).isFalse();
        assertThat(PlaybackClock.SPEEDS).containsExactly(0.25, 0.5, 1, 2, 4, 8, 16, 32, 64);
    }

    @Test
    void aStalledFrameCountsAsATenthOfASecondAtMost() {
        PlaybackClock clock = clock();
        clock.play();
        clock.advance(5_000 * MS);
        assertThat(clock.positionMs()).isCloseTo(100, within(1e-9));
    }

    @Test
    void reachingTheEndStopsThereAndPlayStartsOver() {
        PlaybackClock clock = clock();
        clock.seek(19_990);
        clock.play();
        clock.advance(50 * MS);
        assertThat(clock.positionMs()).isEqualTo(20_000);
        assertThat(clock.isPlaying()).isFalse();
        assertThat(clock.isAtEnd()).isTrue();
        clock.play();
        assertThat(clock.positionMs()).isZero();
        assertThat(clock.isPlaying()).isTrue();
    }

    @Test
    void skipIdleJumpsTheIdleStretchWhilePlaying() {
        PlaybackClock clock = clock();
        clock.setSkipIdle(true);
        clock.seek(990);
        clock.play();
        clock.advance(20 * MS);
        assertThat(clock.timeMs()).isEqualTo(11_000);
    }

    @Test
    void withoutSkipIdlePlaybackWalksThroughTheIdleStretch() {
        PlaybackClock clock = clock();
        clock.seek(990);
        clock.play();
        clock.advance(20 * MS);
        assertThat(clock.timeMs()).isEqualTo(1010);
    }

    @Test
    void seekingIntoAnIdleStretchIsNeverBlockedBySkipIdle() {
        PlaybackClock clock = clock();
        clock.setSkipIdle(true);
        clock.seek(5_000);
        assertThat(clock.timeMs()).isEqualTo(5_000);
        clock.stepFrames(1);
        assertThat(clock.positionMs()).isCloseTo(5_000 + PlaybackClock.FRAME_MS, within(1e-9));
        clock.play();
        clock.advance(16 * MS);
        assertThat(clock.timeMs()).isEqualTo(11_000);
    }

    @Test
    void loopWrapsFromTheEndOfTheRangeToItsStart() {
        PlaybackClock clock = clock();
        clock.setLoopRange(new TimeSpan(12_000, 12_100));
        clock.setLoopEnabled(true);
        clock.seek(12_080);
        clock.play();
        clock.advance(30 * MS);
        assertThat(clock.positionMs()).isCloseTo(12_010, within(1e-9));
        assertThat(clock.isPlaying()).isTrue();
    }

    @Test
    void playOutsideAnEnabledLoopStartsAtTheLoopStart() {
        PlaybackClock clock = clock();
        clock.setLoopRange(new TimeSpan(12_000, 13_000));
        clock.setLoopEnabled(true);
        clock.seek(2_000);
        clock.play();
        assertThat(clock.positionMs()).isEqualTo(12_000);
    }

    @Test
    void aDisabledLoopLetsPlaybackRunOn() {
        PlaybackClock clock = clock();
        clock.setLoopRange(new TimeSpan(12_000, 12_100));
        clock.seek(12_080);
        clock.play();
        clock.advance(30 * MS);
        assertThat(clock.positionMs()).isCloseTo(12_110, within(1e-9));
    }

    @Test
    void eventStepsVisitEveryEventTimeInOrder() {
        PlaybackClock clock = clock();
        clock.seek(11_000);
        assertThat(clock.stepEvent(1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(11_080);
        assertThat(clock.stepEvent(-1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(11_000);
        assertThat(clock.stepEvent(-1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(1_000);
    }

    @Test
    void jumpsFindThePreviousAndNextEventOfTheChosenKind() {
        PlaybackClock clock = clock();
        assertThat(clock.jump(JumpKind.KEY, 1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(12_000);
        assertThat(clock.jump(JumpKind.KEY, 1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(12_500);
        assertThat(clock.jump(JumpKind.KEY, 1)).isFalse();
        assertThat(clock.timeMs()).isEqualTo(12_500);
        assertThat(clock.jump(JumpKind.CLICK, -1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(11_000);
        assertThat(clock.jump(JumpKind.FOCUS, 1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(14_000);
        assertThat(clock.jump(JumpKind.SCROLL, -1)).isTrue();
        assertThat(clock.timeMs()).isEqualTo(13_000);
        assertThat(clock.jump(JumpKind.MARKER, 1)).isFalse();
        assertThat(clock.canJump(JumpKind.FOCUS, -1)).isTrue();
    }

    @Test
    void seeksAreClampedToTheSession() {
        PlaybackClock clock = clock();
        clock.seek(-50);
        assertThat(clock.positionMs()).isZero();
        clock.seek(1e12);
        assertThat(clock.positionMs()).isEqualTo(20_000);
        clock.home();
        assertThat(clock.positionMs()).isZero();
        clock.end();
        assertThat(clock.isAtEnd()).isTrue();
    }

    @Test
    void anEmptySessionNeverPlays() {
        SessionLog empty = new SessionLogBuilder().build();
        PlaybackClock clock = PlaybackClock.of(empty, IdleSpans.detect(empty));
        clock.play();
        assertThat(clock.isPlaying()).isFalse();
        assertThat(clock.stepEvent(1)).isFalse();
    }
}
