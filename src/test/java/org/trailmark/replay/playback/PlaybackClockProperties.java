package org.trailmark.replay.playback;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeSpan;

class PlaybackClockProperties {

    @Property(tries = 200)
    void playbackNeverLeavesTheSessionAndNeverGoesBackWithoutALoop(
            @ForAll("sessions") SessionLog log, @ForAll boolean skipIdle,
            @ForAll @IntRange(min = 0, max = 8) int speedIndex,
            @ForAll @Size(max = 40) java.util.List<@IntRange(min = 0, max = 200) Integer> frameMs) {
        PlaybackClock clock = PlaybackClock.of(log, IdleSpans.detect(log));
        clock.setSkipIdle(skipIdle);
        clock.setSpeedIndex(speedIndex);
        clock.play();
        double before = clock.positionMs();
        for (int ms : frameMs) {
            double now = clock.advance(ms * 1_000_000L);
            assertThat(now).isBetween(0.0, (double) log.durationMs()).isGreaterThanOrEqualTo(before);
            before = now;
        }
    }

    @Property(tries = 200)
    void aLoopingPlayheadStaysInsideTheLoop(@ForAll("sessions") SessionLog log, @ForAll boolean skipIdle,
                                             @ForAll @IntRange(min = 0, max = 8) int speedIndex,
                                             @ForAll @IntRange(min = 0, max = 1000) int a,
                                             @ForAll @IntRange(min = 1, max = 1000) int length,
                                             @ForAll @Size(max = 40) java.util.List<@IntRange(min = 0, max = 200) Integer> frameMs) {
        int duration = (int) log.durationMs();
        int start = Math.min(a * duration / 1000, duration - 1);
        int end = Math.min(duration, start + Math.max(1, length * duration / 1000));
        if (duration < 2 || end <= start) {
            return;
        }
        PlaybackClock clock = PlaybackClock.of(log, IdleSpans.detect(log));
        clock.setSkipIdle(skipIdle);
        clock.setSpeedIndex(speedIndex);
        clock.setLoopRange(new TimeSpan(start, end));
        clock.setLoopEnabled(true);
        clock.play();
        for (int ms : frameMs) {
            double now = clock.advance(ms * 1_000_000L);
            assertThat(now).isGreaterThanOrEqualTo(start).isLessThanOrEqualTo(end);
        }
    }

    @Property(tries = 200)
    void aJumpLandsOnTheNearestEventOfItsKind(@ForAll("sessions") SessionLog log, @ForAll JumpKind kind,
                                               @ForAll boolean forward, @ForAll @IntRange(min = 0, max = 1000) int at) {
        int from = (int) (log.durationMs() * at / 1000);
        PlaybackClock clock = PlaybackClock.of(log, IdleSpans.detect(log));
        clock.seek(from);
        boolean moved = clock.jump(kind, forward ? 1 : -1);
        Integer expected = null;
        for (int i = 0; i < log.size(); i++) {
            boolean matches = kind.eventKind() == null || log.kind(i) == kind.eventKind();
            int t = log.time(i);
            if (matches && forward && t > from && expected == null) {
                expected = t;
            }
            if (matches && !forward && t < from) {
                expected = t;
            }
        }
        assertThat(moved).isEqualTo(expected != null);
        assertThat(clock.timeMs()).isEqualTo(expected != null ? expected : from);
    }

    @Provide
    Arbitrary<SessionLog> sessions() {
        Arbitrary<int[]> event = Combinators.combine(Arbitraries.integers().between(0, 9_000),
                Arbitraries.integers().between(0, 6)).as((gap, kind) -> new int[] {gap, kind});
        return event.list().ofMinSize(1).ofMaxSize(60).map(events -> {
            SessionLogBuilder b = new SessionLogBuilder();
            int t = 0;
            for (int[] e : events) {
                t += e[0];
                switch (e[1]) {
                    case 0 -> b.pointerMove(t, t % 500, t % 300);
                    case 1 -> b.button(t, true, PointerButton.LEFT, 5, 5);
                    case 2 -> b.key(t, true, "KeyA", "a");
                    case 3 -> b.wheel(t, 5, 5, 0, 1);
                    case 4 -> b.focus(t, "App", "Window");
                    case 5 -> b.clipboard(t, 3, null);
                    default -> b.add(t, EventKind.MARKER, 0, 0, b.intern("m"), SessionLog.NO_STRING);
                }
            }
            return b.build();
        });
    }
}
