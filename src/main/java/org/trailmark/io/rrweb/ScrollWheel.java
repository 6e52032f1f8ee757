package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * rrweb's Scroll events give an element's scroll offsets, not wheel turns. The change in offset
 * becomes wheel events in notches of {@value #PIXELS_PER_NOTCH} CSS pixels (a browser's usual
 * wheel step), per element, with what is left over carried to the element's next scroll; signs as
 * in the native format (negative {@code dy}: the page moves down, towards later content). The wheel
 * is placed at the pointer's last position. A scroll made with the keyboard, the scroll bar or by
 * the page itself looks the same in rrweb and is imported the same way.
 */
final class ScrollWheel {
    static final double PIXELS_PER_NOTCH = 100;

    private final TimeOrder order;
    private final PageDom dom;
    private final PointerInput pointer;
    private final Map<Integer, double[]> leftOver = new HashMap<>();

    ScrollWheel(TimeOrder order, PageDom dom, PointerInput pointer) {
        this.order = order;
        this.dom = dom;
        this.pointer = pointer;
    }

    /** A snapshot starts the page again: offsets come from it. */
    void pageStarted() {
        leftOver.clear();
    }

    /** Returns false when the event has no element id or offsets. */
    boolean scroll(JsonNode data, long time) {
        int id = RrwebJson.integer(data, "id", -1);
        double left = RrwebJson.number(data, "x");
        double top = RrwebJson.number(data, "y");
        if (id < 0 || Double.isNaN(left) || Double.isNaN(top) || Math.abs(left) > 1e9 || Math.abs(top) > 1e9) {
            return false;
        }
        double[] before = dom.scrollOffset(id);
        dom.scrolled(id, left, top);
        double[] rest = leftOver.computeIfAbsent(id, k -> new double[2]);
        rest[0] += left - (before == null ? 0 : before[0]);
        rest[1] += top - (before == null ? 0 : before[1]);
        long right = Math.round(rest[0] / PIXELS_PER_NOTCH);
        long down = Math.round(rest[1] / PIXELS_PER_NOTCH);
        if (right == 0 && down == 0) {
            return true;
        }
        rest[0] -= right * PIXELS_PER_NOTCH;
        rest[1] -= down * PIXELS_PER_NOTCH;
        int dx = (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, right));
        int dy = (int) -Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE, down));
        int x = Double.isNaN(pointer.x()) ? 0 : (int) Math.round(pointer.x());
        int y = Double.isNaN(pointer.y()) ? 0 : (int) Math.round(pointer.y());
        order.add(time, true, (log, t) -> log.wheel(t, x, y, dx, dy));
        return true;
    }
}
