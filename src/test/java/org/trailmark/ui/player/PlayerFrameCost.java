package org.trailmark.ui.player;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.ReplayState;
import org.trailmark.replay.playback.PlaybackClock;

/**
 * Measures what one player frame costs at 64× on a generated session (R1 by default): advance the
 * clock, state at the playhead, the text of the visible groups (every frame, without the
 * view-model's "no key since the last frame" shortcut) and the stage's drawing data. Not a test; run with
 * {@code java -cp <test-classes>:<classes>:<deps> org.trailmark.ui.player.PlayerFrameCost [events]}.
 * Painting is not included: it depends on the graphics pipeline, not on the session.
 */
public final class PlayerFrameCost {
    private static final long FRAME_NANOS = 16_666_667L;

    private PlayerFrameCost() {
    }

    public static void main(String[] args) {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        GeneratedSession session = SessionGenerator.large(1, events);
        SessionLog log = session.log();
        long[] opens = new long[3];
        LoadedSession loaded = null;
        for (int i = 0; i < opens.length; i++) {
            long t0 = System.nanoTime();
            loaded = LoadedSession.build(session.info(), log, java.util.List.of(), (message, fraction) -> { });
            opens[i] = System.nanoTime() - t0;
        }
        ReplayIndex index = loaded.index();
        PlaybackClock clock = new PlaybackClock(log.durationMs(), loaded.idle()::nextNonIdleTime, loaded.jumps());
        StageTracer tracer = new StageTracer(log);
        System.out.printf(Locale.ROOT, "session: %,d events, %s long; opening it (every index the player builds) "
                        + "took %.0f / %.0f / %.0f ms%n", log.size(),
                org.trailmark.replay.TimeRuler.duration(log.durationMs()), opens[0] / 1e6, opens[1] / 1e6,
                opens[2] / 1e6);

        for (boolean skipIdle : new boolean[] {false, true}) {
            clock.home();
            clock.setSpeed(64);
            clock.setSkipIdle(skipIdle);
            measure(clock, index, tracer, skipIdle ? "64x skip idle" : "64x", 300);
        }
    }

    private static void measure(PlaybackClock clock, ReplayIndex index, StageTracer tracer, String label, int warmup) {
        RecentText text = new RecentText(index.text());
        int frames = 6_000;
        long[] nanos = new long[frames];
        long[] stateNanos = new long[frames];
        long[] textNanos = new long[frames];
        long[] stageNanos = new long[frames];
        long sink = 0;
        clock.play();
        int measured = 0;
        for (int f = 0; f < warmup + frames; f++) {
            if (!clock.isPlaying()) {
                clock.home();
                clock.play();
            }
            long start = System.nanoTime();
            clock.advance(FRAME_NANOS);
            ReplayState state = index.stateAt(clock.timeMs());
            long afterState = System.nanoTime();
            List<GroupText> groups = text.at(state.eventIndex(), PlayerViewModel.TEXT_GROUPS);
            long afterText = System.nanoTime();
            StageSnapshot stage = tracer.trace(state, clock.speed());
            long end = System.nanoTime();
            sink += groups.size() + stage.trailLength() + state.recentKeys().size();
            if (f >= warmup) {
                stateNanos[measured] = afterState - start;
                textNanos[measured] = afterText - afterState;
                stageNanos[measured] = end - afterText;
                nanos[measured++] = end - start;
            }
        }
        System.out.printf(Locale.ROOT, "%-14s frames %,d: %s (sink %d)%n", label, frames, percentiles(nanos), sink);
        System.out.printf(Locale.ROOT, "  state at t    %s%n", percentiles(stateNanos));
        System.out.printf(Locale.ROOT, "  visible text  %s%n", percentiles(textNanos));
        System.out.printf(Locale.ROOT, "  stage data    %s%n", percentiles(stageNanos));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, max %.3f ms", sorted[n / 2] / 1e6,
                sorted[(int) (n * 0.99)] / 1e6, sorted[n - 1] / 1e6);
    }
}
