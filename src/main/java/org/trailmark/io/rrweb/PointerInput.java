package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.trailmark.io.ducktrack.ProblemSink;
import org.trailmark.model.PointerButton;

/**
 * Pointer positions and presses. rrweb names no button: MouseDown/MouseUp are taken as the left
 * button, and a ContextMenu right after (or during) a press makes that press the right button.
 * A Click that has no MouseDown/MouseUp of its own (recorders often sample those away) becomes a
 * press and release at its point; a DblClick makes sure two clicks lie just before it. Touch and
 * pen presses become left-button presses (the session format has no pointer type; counted).
 */
final class PointerInput {
    static final double MAX_COORDINATE = 1_000_000;
    /** A Click pairs with a release this recent (ms); a DblClick with two clicks this recent. */
    static final long CLICK_MS = 1_000;

    /** One press; its button can still change (ContextMenu) while it waits in the time order. */
    private static final class Press {
        private PointerButton button = PointerButton.LEFT;
    }

    private final TimeOrder order;
    private final Path file;
    private final ProblemSink sink;
    private double x = Double.NaN;
    private double y = Double.NaN;
    private Press held;
    private Press lastDone;
    private long lastDoneAt = Long.MIN_VALUE;
    private boolean lastDoneClicked;
    private final long[] recentClicks = {Long.MIN_VALUE, Long.MIN_VALUE};
    private long touchOrPen;
    private long badPositions;

    PointerInput(TimeOrder order, Path file, ProblemSink sink) {
        this.order = order;
        this.file = file;
        this.sink = sink;
    }

    /** MouseMove, TouchMove and Drag: positions at {@code time + timeOffset}. */
    void moves(JsonNode data, long time) {
        JsonNode positions = data.get("positions");
        if (positions == null || !positions.isArray()) {
            badPositions++;
            return;
        }
        for (JsonNode p : positions) {
            double px = RrwebJson.number(p, "x");
            double py = RrwebJson.number(p, "y");
            double offset = p.has("timeOffset") ? RrwebJson.number(p, "timeOffset") : 0;
            if (!inRange(px) || !inRange(py) || Double.isNaN(offset) || Math.abs(offset) > TimeOrder.WINDOW_MS) {
                badPositions++;
                continue;
            }
            int ix = (int) Math.round(px);
            int iy = (int) Math.round(py);
            order.add(time + Math.round(offset), false, (log, t) -> log.pointerMove(t, ix, iy));
            x = px;
            y = py;
        }
    }

    /** Positions left out: not numbers, out of range, or too far from their event's time. */
    long badPositions() {
        return badPositions;
    }

    /** Presses that came from a touch screen or a pen. */
    long touchOrPen() {
        return touchOrPen;
    }

    void down(JsonNode data, long time, long line, long index) {
        if (!position(data, line, index)) {
            return;
        }
        countPointerType(data);
        Press press = new Press();
        held = press;
        emit(press, true, time);
    }

    void up(JsonNode data, long time, long line, long index) {
        if (!position(data, line, index)) {
            return;
        }
        countPointerType(data);
        Press press = held != null ? held : new Press();
        release(press, time);
    }

    void click(JsonNode data, long time, long line, long index) {
        if (!position(data, line, index)) {
            return;
        }
        if (held != null) {
            release(held, time);
        } else if (lastDone == null || lastDoneClicked || time - lastDoneAt > CLICK_MS) {
            synthesizeClick(new Press(), time);
        }
        lastDoneClicked = true;
    }

    void contextMenu(JsonNode data, long time, long line, long index) {
        if (held != null) {
            held.button = PointerButton.RIGHT;
            return;
        }
        if (lastDone != null && time - lastDoneAt <= CLICK_MS && lastDone.button == PointerButton.LEFT
                && !lastDoneClicked) {
            lastDone.button = PointerButton.RIGHT;
            return;
        }
        if (!position(data, line, index)) {
            return;
        }
        Press press = new Press();
        press.button = PointerButton.RIGHT;
        synthesizeClick(press, time);
    }

    void doubleClick(JsonNode data, long time, long line, long index) {
        if (!position(data, line, index)) {
            return;
        }
        int recent = 0;
        for (long at : recentClicks) {
            if (at != Long.MIN_VALUE && time - at <= CLICK_MS) {
                recent++;
            }
        }
        for (int i = recent; i < 2; i++) {
            synthesizeClick(new Press(), time);
        }
        recentClicks[0] = Long.MIN_VALUE;
        recentClicks[1] = Long.MIN_VALUE;
        lastDoneClicked = true;
    }

    /** Where the pointer is, for a scroll: NaN when unknown. */
    double x() {
        return x;
    }

    double y() {
        return y;
    }

    private void synthesizeClick(Press press, long time) {
        emit(press, true, time);
        release(press, time);
    }

    private void release(Press press, long time) {
        emit(press, false, time);
        held = null;
        lastDone = press;
        lastDoneAt = time;
        lastDoneClicked = false;
        recentClicks[0] = recentClicks[1];
        recentClicks[1] = time;
    }

    private void emit(Press press, boolean down, long time) {
        int ix = (int) Math.round(x);
        int iy = (int) Math.round(y);
        order.add(time, true, (log, t) -> log.button(t, down, press.button, ix, iy));
    }

    /** Takes the event's point as the pointer's; without one, the last known position. */
    private boolean position(JsonNode data, long line, long index) {
        double px = RrwebJson.number(data, "x");
        double py = RrwebJson.number(data, "y");
        if (inRange(px) && inRange(py)) {
            x = px;
            y = py;
            return true;
        }
        if (!Double.isNaN(x)) {
            return true;
        }
        sink.warn(file, line, "event " + index + ": a press without a position, before any pointer position: skipped");
        return false;
    }

    private void countPointerType(JsonNode data) {
        int type = RrwebJson.integer(data, "pointerType", 0);
        int interaction = RrwebJson.integer(data, "type", -1);
        if (type == 1 || type == 2 || interaction >= 7) {
            touchOrPen++;
        }
    }

    private static boolean inRange(double v) {
        return !Double.isNaN(v) && Math.abs(v) <= MAX_COORDINATE;
    }
}
