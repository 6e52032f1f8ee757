package org.trailmark.replay.playback;

import java.util.Objects;
import java.util.function.IntUnaryOperator;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.TimeSpan;

/**
 * Where playback stands and how it moves, without any UI: the playhead, play/pause, the speed,
 * skip-idle, the loop range and the jumps. A view calls {@link #advance} once per frame with the
 * wall time that passed; every other method is a command from a key or a button.
 *
 * <p>Choices made here, so the keys behave the same everywhere:
 * <ul>
 *   <li>The playhead is a double, so 0.25× moves a quarter millisecond per real millisecond
 *       without rounding to a standstill; {@link #timeMs()} is its whole milliseconds.</li>
 *   <li>Skip idle only acts on time that <em>playback</em> moves through: a playhead that comes
 *       to rest inside an idle span (the session starts idle, or a person scrubbed into one)
 *       leaps to its end on the next frame. {@link #seek} never skips, so scrubbing and seeking
 *       are never blocked.</li>
 *   <li>A loop holds the playhead once it is inside the range: reaching the end wraps to the
 *       start. Pressing play outside an enabled loop starts at the loop's start. Where an idle
 *       stretch would carry skip-idle past the loop's end, the loop wins and the idle time is
 *       played.</li>
 *   <li>Reaching the end of the session stops playback there; play at the end starts over.</li>
 *   <li>A frame step is {@value #FRAME_MS_TEXT} ms (one frame at 60 Hz). An event step goes to
 *       the previous/next event of any kind; a jump to the previous/next event of one kind.</li>
 *   <li>A frame that took longer than {@value #MAX_FRAME_NANOS} ns of wall time (a stalled
 *       window, a debugger) counts as that long, so playback never leaps after a hiccup.</li>
 * </ul>
 * Not thread-safe: one UI thread drives it.
 */
public final class PlaybackClock {
    /** The speeds playback offers, slowest first. */
    public static final double[] SPEEDS = {0.25, 0.5, 1, 2, 4, 8, 16, 32, 64};
    /** Index of 1× in {@link #SPEEDS}. */
    public static final int NORMAL_SPEED = 2;
    /** One frame at 60 Hz. */
    public static final double FRAME_MS = 1000.0 / 60;
    static final String FRAME_MS_TEXT = "1000/60";
    /** The most wall time one {@link #advance} call counts: a tenth of a second. */
    public static final long MAX_FRAME_NANOS = 100_000_000L;

    private final long durationMs;
    private final IntUnaryOperator nextNonIdle;
    private final EventJumps jumps;

    private double positionMs;
    private boolean playing;
    private int speedIndex = NORMAL_SPEED;
    private boolean skipIdle;
    private boolean loopEnabled;
    private TimeSpan loop;

    /**
     * @param nextNonIdle where skip-idle continues from a time: the end of the idle span it is in,
     *                    or the time itself (see {@link IdleSpans#nextNonIdleTime})
     */
    public PlaybackClock(long durationMs, IntUnaryOperator nextNonIdle, EventJumps jumps) {
        if (durationMs < 0 || durationMs > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("duration out of range: " + durationMs);
        }
        this.durationMs = durationMs;
        this.nextNonIdle = Objects.requireNonNull(nextNonIdle, "nextNonIdle");
        this.jumps = Objects.requireNonNull(jumps, "jumps");
    }

    public static PlaybackClock of(SessionLog log, IdleSpans idle) {
        return new PlaybackClock(log.durationMs(), idle::nextNonIdleTime, EventJumps.of(log));
    }

    // ---- reading ----

    public double positionMs() {
        return positionMs;
    }

    /** The playhead in whole milliseconds, what state lookups take. */
    public int timeMs() {
        return (int) Math.floor(positionMs);
    }

    public long durationMs() {
        return durationMs;
    }

    public boolean isPlaying() {
        return playing;
    }

    public boolean isAtEnd() {
        return positionMs >= durationMs;
    }

    public double speed() {
        return SPEEDS[speedIndex];
    }

    public int speedIndex() {
        return speedIndex;
    }

    public boolean isSkipIdle() {
        return skipIdle;
    }

    public boolean isLoopEnabled() {
        return loopEnabled;
    }

    /** The loop range, or null when none is set (whether or not looping is enabled). */
    public TimeSpan loopRange() {
        return loop;
    }

    /** True when looping is on and a range of positive length is set. */
    public boolean isLooping() {
        return loopEnabled && loop != null && loop.durationMs() > 0;
    }

    // ---- playing ----

    public void play() {
        if (isAtEnd()) {
            positionMs = 0;
        }
        if (isLooping() && !inLoop(positionMs)) {
            positionMs = loop.startMs();
        }
        playing = durationMs > 0;
    }

    public void pause() {
        playing = false;
    }

    public void toggle() {
        if (playing) {
            pause();
        } else {
            play();
        }
    }

    /**
     * Moves the playhead by the wall time that passed times the speed, honouring skip-idle, the
     * loop and the end of the session. Does nothing while paused.
     *
     * @return the new position in ms
     */
    public double advance(long elapsedNanos) {
        if (!playing || elapsedNanos <= 0) {
            return positionMs;
        }
        double stepMs = Math.min(elapsedNanos, MAX_FRAME_NANOS) / 1e6 * speed();
        boolean wasInLoop = isLooping() && inLoop(positionMs);
        double next = positionMs + stepMs;
        if (skipIdle) {
            next = skipIdleFrom(next);
        }
        if (wasInLoop && next >= loop.endMs()) {
            next = loop.startMs() + (next - loop.endMs()) % loop.durationMs();
            if (skipIdle) {
                // an idle stretch that runs past the loop's end is played, not skipped: the loop wins
                double skipped = skipIdleFrom(next);
                next = skipped < loop.endMs() ? skipped : next;
            }
        }
        if (next >= durationMs) {
            next = durationMs;
            playing = false;
        }
        positionMs = next;
        return positionMs;
    }

    private double skipIdleFrom(double ms) {
        if (ms >= durationMs) {
            return ms;
        }
        int whole = (int) Math.floor(ms);
        int resumed = nextNonIdle.applyAsInt(whole);
        return resumed > whole ? resumed : ms;
    }

    private boolean inLoop(double ms) {
        return ms >= loop.startMs() && ms < loop.endMs();
    }

    // ---- speed ----

    public void setSpeedIndex(int index) {
        speedIndex = Math.max(0, Math.min(SPEEDS.length - 1, index));
    }

    /** Sets the nearest offered speed at or below {@code speed}. */
    public void setSpeed(double speed) {
        int index = 0;
        for (int i = 0; i < SPEEDS.length; i++) {
            if (SPEEDS[i] <= speed) {
                index = i;
            }
        }
        speedIndex = index;
    }

    /** One speed step up; false at the fastest. */
    public boolean faster() {
        if (speedIndex == SPEEDS.length - 1) {
            return false;
        }
        speedIndex++;
        return true;
    }

    /** One speed step down; false at the slowest. */
    public boolean slower() {
        if (speedIndex == 0) {
            return false;
        }
        speedIndex--;
        return true;
    }

    // ---- options ----

    public void setSkipIdle(boolean skip) {
        skipIdle = skip;
    }

    /** Sets the range to loop, clamped to the session; null or an empty range clears it. */
    public void setLoopRange(TimeSpan range) {
        if (range == null) {
            loop = null;
            return;
        }
        int start = (int) clamp(range.startMs());
        int end = (int) clamp(range.endMs());
        loop = end > start ? new TimeSpan(start, end) : null;
    }

    public void setLoopEnabled(boolean enabled) {
        loopEnabled = enabled;
    }

    // ---- moving the playhead (never blocked by skip-idle) ----

    /** Puts the playhead at {@code ms}, clamped to the session; playback goes on from there. */
    public void seek(double ms) {
        if (!Double.isNaN(ms)) {
            positionMs = clamp(ms);
        }
    }

    public void seekBy(double deltaMs) {
        seek(positionMs + deltaMs);
    }

    public void home() {
        seek(0);
    }

    public void end() {
        seek(durationMs);
        playing = false;
    }

    /** Moves {@code frames} frames of {@link #FRAME_MS} (negative: back). */
    public void stepFrames(int frames) {
        seekBy(frames * FRAME_MS);
    }

    /** Moves to the next (direction &gt; 0) or previous event of any kind; false when there is none. */
    public boolean stepEvent(int direction) {
        return jump(JumpKind.ANY, direction);
    }

    /**
     * Moves to the next (direction &gt; 0) or previous event of {@code kind}. "Previous" means
     * before the whole millisecond the playhead is in, so a playhead sitting on a click goes to
     * the click before it. Returns false, leaving the playhead, when there is none.
     */
    public boolean jump(JumpKind kind, int direction) {
        EventKind eventKind = kind.eventKind();
        int target = direction > 0 ? jumps.nextTimeAfter(timeMs(), eventKind)
                : jumps.previousTimeBefore(timeMs(), eventKind);
        if (target < 0) {
            return false;
        }
        positionMs = clamp(target);
        return true;
    }

    /** True when a jump in that direction would find an event. */
    public boolean canJump(JumpKind kind, int direction) {
        EventKind eventKind = kind.eventKind();
        return (direction > 0 ? jumps.nextTimeAfter(timeMs(), eventKind)
                : jumps.previousTimeBefore(timeMs(), eventKind)) >= 0;
    }

    private double clamp(double ms) {
        return Math.max(0, Math.min(durationMs, ms));
    }

    @Override
    public String toString() {
        return "PlaybackClock[" + (playing ? "playing" : "paused") + " at " + timeMs() + " of " + durationMs
                + " ms, " + speed() + "x" + (skipIdle ? ", skip idle" : "") + (isLooping() ? ", loop " + loop : "")
                + "]";
    }
}
