package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActionCoalescer;
import org.trailmark.replay.ReplayState;

/**
 * Reads the few seconds of log before the playhead into a {@link StageSnapshot}: the pointer
 * trail, click ripples, drag lines and scroll marks. It reads the columns between two binary
 * searches, so a frame costs the same on a short session and on a workday.
 *
 * <p>Marks live for a stretch of session time, but never for less than a stretch of wall time:
 * at 64× a ripple that lasted 0.9 s of session time would be on screen for 14 ms, so lifetimes
 * grow with the speed (a click stays visible about half a real second).
 */
final class StageTracer {
    static final int TRAIL_MS = 2000;
    static final int EFFECT_MS = 900;
    /** Wall-clock floor of the lifetimes, as session ms per 1× of speed. */
    static final int WALL_TRAIL_MS = 150;
    static final int WALL_EFFECT_MS = 500;
    static final int MAX_TRAIL_POINTS = 480;
    /** How far back to look for the press of a held or released button. */
    static final int PRESS_LOOKBACK_EVENTS = 50_000;
    static final int SCROLL_MERGE_PX = 40;

    private final SessionLog log;

    StageTracer(SessionLog log) {
        this.log = log;
    }

    StageSnapshot trace(ReplayState state, double speed) {
        return trace(state, speed, MaskedTitles.NONE);
    }

    /** The snapshot with a title of {@code hidden} left out, so it cannot reach any painter. */
    StageSnapshot trace(ReplayState state, double speed, MaskedTitles hidden) {
        int t = state.timeMs();
        int last = state.eventIndex();
        double pace = Math.max(1, speed);
        int trailMs = (int) Math.max(TRAIL_MS, WALL_TRAIL_MS * pace);
        int effectMs = (int) Math.max(EFFECT_MS, WALL_EFFECT_MS * pace);

        float[][] trail = trail(last, t, trailMs);
        int trailLength = trail[0].length;
        List<StageSnapshot.Ripple> ripples = new ArrayList<>();
        List<StageSnapshot.DragLine> drags = new ArrayList<>();
        List<StageSnapshot.ScrollMark> scrolls = new ArrayList<>();
        if (last >= 0) {
            marks(last, t, effectMs, ripples, drags, scrolls);
            heldDrags(state, last, drags);
        }
        boolean titleHidden = hidden.hides(state.title());
        return new StageSnapshot(state.pointerKnown(), state.pointerX(), state.pointerY(), state.buttons(), trail[0],
                trail[1], trail[2], trailLength, ripples, drags, scrolls, state.app(),
                titleHidden ? null : state.title(), titleHidden, state.paused());
    }

    /** Pointer positions in {@code (t - trailMs, t]}, thinned to at most {@link #MAX_TRAIL_POINTS}. */
    private float[][] trail(int last, int t, int trailMs) {
        if (last < 0) {
            return new float[][] {new float[0], new float[0], new float[0]};
        }
        int from = log.firstIndexAtOrAfter(t - trailMs + 1);
        int count = 0;
        for (int i = from; i <= last; i++) {
            if (isPointer(log.kindCode(i))) {
                count++;
            }
        }
        int stride = Math.max(1, (count + MAX_TRAIL_POINTS - 1) / MAX_TRAIL_POINTS);
        int size = (count + stride - 1) / stride;
        float[] xs = new float[size];
        float[] ys = new float[size];
        float[] ages = new float[size];
        int seen = 0;
        int n = 0;
        for (int i = from; i <= last && n < size; i++) {
            if (!isPointer(log.kindCode(i))) {
                continue;
            }
            // keep every stride-th point, counting from the newest so the trail ends at the pointer
            if ((count - 1 - seen) % stride == 0) {
                xs[n] = log.x(i);
                ys[n] = log.y(i);
                ages[n] = (float) Math.min(1, Math.max(0, (t - log.time(i)) / (double) trailMs));
                n++;
            }
            seen++;
        }
        return new float[][] {xs, ys, ages};
    }

    private void marks(int last, int t, int effectMs, List<StageSnapshot.Ripple> ripples,
                       List<StageSnapshot.DragLine> drags, List<StageSnapshot.ScrollMark> scrolls) {
        byte down = EventKind.BUTTON_DOWN.code();
        byte up = EventKind.BUTTON_UP.code();
        byte wheel = EventKind.WHEEL.code();
        int from = log.firstIndexAtOrAfter(t - effectMs + 1);
        int lastWheelMs = Integer.MIN_VALUE;
        for (int i = from; i <= last; i++) {
            byte kind = log.kindCode(i);
            if (kind != down && kind != up && kind != wheel) {
                continue;
            }
            double age = Math.min(1, Math.max(0, (t - log.time(i)) / (double) effectMs));
            if (kind == down) {
                PointerButton button = PointerButton.ofIndex(log.a(i));
                ripples.add(new StageSnapshot.Ripple(log.x(i), log.y(i), button, isSecondPress(i), age));
            } else if (kind == up) {
                int press = pressBefore(i, log.a(i));
                if (press >= 0 && moved(press, log.x(i), log.y(i))) {
                    drags.add(new StageSnapshot.DragLine(log.x(press), log.y(press), log.x(i), log.y(i),
                            PointerButton.ofIndex(log.a(i)), false, age));
                }
            } else {
                StageSnapshot.ScrollMark previous = scrolls.isEmpty() ? null : scrolls.get(scrolls.size() - 1);
                boolean burst = previous != null && log.time(i) - lastWheelMs <= ActionCoalescer.SCROLL_BURST_MS
                        && Math.abs(previous.x() - log.x(i)) <= SCROLL_MERGE_PX
                        && Math.abs(previous.y() - log.y(i)) <= SCROLL_MERGE_PX;
                if (burst) {
                    scrolls.set(scrolls.size() - 1, new StageSnapshot.ScrollMark(previous.x(), previous.y(),
                            previous.dx() + log.a(i), previous.dy() + log.b(i), age));
                } else {
                    scrolls.add(new StageSnapshot.ScrollMark(log.x(i), log.y(i), log.a(i), log.b(i), age));
                }
                lastWheelMs = log.time(i);
            }
        }
    }

    /** Lines from where a still-held button went down to where the pointer is now. */
    private void heldDrags(ReplayState state, int last, List<StageSnapshot.DragLine> drags) {
        if (state.buttons() == 0 || !state.pointerKnown()) {
            return;
        }
        for (PointerButton button : PointerButton.values()) {
            if (!state.isHeld(button)) {
                continue;
            }
            int press = pressBefore(last + 1, button.ordinal());
            if (press >= 0 && moved(press, state.pointerX(), state.pointerY())) {
                drags.add(new StageSnapshot.DragLine(log.x(press), log.y(press), state.pointerX(), state.pointerY(),
                        button, true, 0));
            }
        }
    }

    /** True when the press at {@code i} followed a press of the same button, close in time and place. */
    private boolean isSecondPress(int i) {
        byte down = EventKind.BUTTON_DOWN.code();
        int time = log.time(i);
        for (int j = i - 1; j >= 0 && time - log.time(j) <= ActionCoalescer.DOUBLE_CLICK_MS; j--) {
            if (log.kindCode(j) == down) {
                return log.a(j) == log.a(i) && !moved(j, log.x(i), log.y(i));
            }
        }
        return false;
    }

    /** The last press of {@code buttonIndex} before event {@code i}, or -1 when too far back. */
    private int pressBefore(int i, int buttonIndex) {
        byte down = EventKind.BUTTON_DOWN.code();
        int stop = Math.max(0, i - PRESS_LOOKBACK_EVENTS);
        for (int j = i - 1; j >= stop; j--) {
            if (log.kindCode(j) == down && log.a(j) == buttonIndex) {
                return j;
            }
        }
        return -1;
    }

    private boolean moved(int press, int x, int y) {
        long dx = x - log.x(press);
        long dy = y - log.y(press);
        return dx * dx + dy * dy > (long) ActionCoalescer.SLOP_PX * ActionCoalescer.SLOP_PX;
    }

    private static boolean isPointer(byte kind) {
        return kind == EventKind.POINTER_MOVE.code() || kind == EventKind.BUTTON_DOWN.code()
                || kind == EventKind.BUTTON_UP.code() || kind == EventKind.WHEEL.code();
    }
}
