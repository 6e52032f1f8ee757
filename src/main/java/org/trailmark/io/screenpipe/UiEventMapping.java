package org.trailmark.io.screenpipe;

import java.util.Map;
import org.trailmark.model.PointerButton;

/**
 * What each screenpipe {@code event_type} becomes (docs/formats/screenpipe.md). A handler appends
 * the row's events and returns null, or returns why the row was skipped or repaired: reasons name
 * columns only, never their values.
 */
final class UiEventMapping {

    /** One event type's mapping. */
    @FunctionalInterface
    interface Handler {
        String apply(UiEventRow row, int t, SessionEvents out);
    }

    /** screenpipe's {@code button}: 0 left, 1 right, 2 middle. */
    private static final PointerButton[] BUTTONS = {PointerButton.LEFT, PointerButton.RIGHT, PointerButton.MIDDLE};
    /** A triple click is the most any recorder reports; more is damage. */
    static final int MAX_CLICK_COUNT = 3;
    /** A click row with this count carries only accessibility context for an earlier click (Windows recorder). */
    static final int CONTEXT_ONLY_CLICK = 0;

    private static final Map<String, Handler> HANDLERS = Map.of(
            "move", UiEventMapping::move,
            "click", UiEventMapping::click,
            "scroll", UiEventMapping::scroll,
            "key", UiEventMapping::key,
            "text", UiEventMapping::text,
            "app_switch", UiEventMapping::appSwitch,
            "window_focus", UiEventMapping::windowFocus,
            "clipboard", UiEventMapping::clipboard);

    private UiEventMapping() {
    }

    /** The handler of a type, or null for a type this version does not read. */
    static Handler of(String type) {
        return type == null ? null : HANDLERS.get(type);
    }

    static boolean isContextOnlyClick(UiEventRow row) {
        return "click".equals(row.type()) && row.clickCount() != null && row.clickCount() == CONTEXT_ONLY_CLICK;
    }

    private static String move(UiEventRow row, int t, SessionEvents out) {
        if (row.x() == null || row.y() == null) {
            return "move without x and y; row skipped";
        }
        out.move(t, row.x(), row.y());
        return null;
    }

    private static String click(UiEventRow row, int t, SessionEvents out) {
        String repair = null;
        PointerButton button;
        if (row.button() == null) {
            button = PointerButton.LEFT;
            repair = "click without button; taken as the left button";
        } else {
            button = row.button() >= 0 && row.button() < BUTTONS.length ? BUTTONS[row.button()] : PointerButton.OTHER;
        }
        int count = row.clickCount() == null ? 1 : row.clickCount();
        if (count < 1 || count > MAX_CLICK_COUNT) {
            count = 1;
            repair = "click_count out of range; imported as one click";
        }
        out.click(t, row.x(), row.y(), button, count);
        return repair;
    }

    private static String scroll(UiEventRow row, int t, SessionEvents out) {
        if (row.deltaX() == null && row.deltaY() == null) {
            return "scroll without delta_x and delta_y; row skipped";
        }
        out.wheel(t, row.x(), row.y(), orZero(row.deltaX()), orZero(row.deltaY()));
        return null;
    }

    private static String key(UiEventRow row, int t, SessionEvents out) {
        if (row.keyCode() == null || row.keyCode() < 0) {
            return "key without key_code; row skipped";
        }
        out.key(t, row.keyCode(), orZero(row.modifiers()));
        return null;
    }

    private static String text(UiEventRow row, int t, SessionEvents out) {
        if (row.text() == null || row.text().isEmpty()) {
            return "text without text_content; row skipped";
        }
        out.text(t, row.text());
        return null;
    }

    /** screenpipe stores the application's name in app_name and, again, in text_content. */
    private static String appSwitch(UiEventRow row, int t, SessionEvents out) {
        String app = row.app() != null ? row.app() : row.text();
        if (app == null) {
            return "app_switch without app_name; row skipped";
        }
        out.focus(t, app, withUrl(row.title(), row.url()));
        return null;
    }

    /**
     * The title is in window_title; text_content holds the title, or the application's name when the
     * window had none (then the title is unknown, not the app's name).
     */
    private static String windowFocus(UiEventRow row, int t, SessionEvents out) {
        String title = row.title();
        if (title == null && row.text() != null && !row.text().equals(row.app())) {
            title = row.text();
        }
        if (row.app() == null && title == null) {
            return "window_focus without app_name or window_title; row skipped";
        }
        out.focus(t, row.app(), withUrl(title, row.url()));
        return null;
    }

    /**
     * The length is text_length, else the characters of text_content, else 0 (screenpipe kept no
     * content); the operation (copy, cut, paste in the modifiers column) is not kept.
     */
    private static String clipboard(UiEventRow row, int t, SessionEvents out) {
        int length;
        if (row.textLength() != null && row.textLength() >= 0) {
            length = row.textLength();
        } else if (row.text() != null) {
            length = row.text().codePointCount(0, row.text().length());
        } else {
            length = 0;
        }
        out.clipboard(t, length, row.text());
        return null;
    }

    /** A browser's page address goes with the title, so it is reviewed, flagged and redacted like one. */
    static String withUrl(String title, String url) {
        if (url == null || url.isBlank()) {
            return title;
        }
        if (title == null || title.isBlank()) {
            return url;
        }
        return title.contains(url) ? title : title + " \u2014 " + url;
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
