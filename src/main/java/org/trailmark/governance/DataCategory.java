package org.trailmark.governance;

import java.util.function.ToLongBiFunction;
import org.trailmark.model.ContextKind;
import org.trailmark.model.EventKind;
import org.trailmark.store.SessionCounts;
import org.trailmark.store.SessionSummary;

/**
 * The categories of personal data a session can hold, as a record of processing names them, each with
 * how it is counted: events of some kinds, screen media, or context spans. Counts only, never content.
 */
public enum DataCategory {
    KEYSTROKES("keystrokes", "Keystrokes (typed text)", "key event",
            (s, c) -> s.count(EventKind.KEY_DOWN) + s.count(EventKind.KEY_UP)),
    POINTER("pointer", "Pointer movement, clicks and scrolling", "pointer event",
            (s, c) -> s.count(EventKind.POINTER_MOVE) + s.count(EventKind.BUTTON_DOWN) + s.count(EventKind.BUTTON_UP)
                    + s.count(EventKind.WHEEL)),
    WINDOW_FOCUS("window_focus", "Window focus and window titles", "focus event",
            (s, c) -> s.count(EventKind.FOCUS)),
    FIELD_INPUT("field_input", "Form fields entered, and their kind", "field event",
            (s, c) -> s.count(EventKind.FIELD)),
    CLIPBOARD("clipboard", "Clipboard use (copy, cut, paste)", "clipboard event",
            (s, c) -> s.count(EventKind.CLIPBOARD)),
    SCREEN_VIDEO("screen_video", "Screen video", "video", (s, c) -> c.videos()),
    SCREEN_STILLS("screen_stills", "Screenshots", "image", (s, c) -> c.stills()),
    CONTEXT_WINDOWS("context_windows", "Tracker: windows (apps, titles)", "span",
            (s, c) -> c.contextSpans().getOrDefault(ContextKind.WINDOW, 0L)),
    CONTEXT_AWAY("context_away", "Tracker: away-from-keyboard times", "span",
            (s, c) -> c.contextSpans().getOrDefault(ContextKind.AFK, 0L)),
    CONTEXT_WEB("context_web", "Tracker: web pages (titles, addresses)", "span",
            (s, c) -> c.contextSpans().getOrDefault(ContextKind.WEB, 0L));

    private final String key;
    private final String label;
    private final String unit;
    private final ToLongBiFunction<SessionSummary, SessionCounts> counter;

    DataCategory(String key, String label, String unit, ToLongBiFunction<SessionSummary, SessionCounts> counter) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.counter = counter;
    }

    /** The stable name in JSON. */
    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the count counts, e.g. "key events". */
    public String unit() {
        return unit + "s";
    }

    /** The unit for {@code n} of them: "1 key event", "2 key events". */
    public String unit(long n) {
        return n == 1 ? unit : unit + "s";
    }

    long count(SessionSummary session, SessionCounts counts) {
        return counter.applyAsLong(session, counts);
    }
}
