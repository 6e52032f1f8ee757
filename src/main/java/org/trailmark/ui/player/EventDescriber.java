package org.trailmark.ui.player;

import java.util.Locale;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ReplayIndex;

/**
 * Words for one raw event, for the inspector. A key pressed or released while a password field
 * had focus shows a bullet in place of both its text and its code (the code of a letter key
 * names the letter); only keys that cannot type, such as Enter, Shift or the arrows, keep their
 * code there.
 */
final class EventDescriber {
    static final String MASK = "\u2022";
    private static final java.util.Set<String> NON_CHARACTER_KEYS = java.util.Set.of("Enter", "NumpadEnter", "Tab",
            "Backspace", "Delete", "Escape", "Home", "End", "PageUp", "PageDown", "CapsLock", "Insert", "OSLeft",
            "OSRight", "ContextMenu");

    private final SessionLog log;
    private final ReplayIndex index;
    private final java.util.function.IntPredicate flagged;
    private final MaskedTitles hiddenTitles;

    EventDescriber(ReplayIndex index) {
        this(index, event -> false, MaskedTitles.NONE);
    }

    /**
     * @param flagged      whether an event lies in a flagged span: its keys, titles and labels then show as a bullet
     * @param hiddenTitles titles hidden also on focus events outside the spans, where the app still shows
     */
    EventDescriber(ReplayIndex index, java.util.function.IntPredicate flagged, MaskedTitles hiddenTitles) {
        this.index = index;
        this.log = index.log();
        this.flagged = flagged;
        this.hiddenTitles = hiddenTitles;
    }

    EventRow row(int i) {
        return new EventRow(i, log.time(i), log.kind(i), details(i));
    }

    String details(int i) {
        EventKind kind = log.kind(i);
        if (flagged.test(i) && hidesContent(kind)) {
            return MASK + "  (flagged)";
        }
        return switch (kind) {
            case POINTER_MOVE -> at(i);
            case BUTTON_DOWN, BUTTON_UP -> PointerButton.ofIndex(log.a(i)).wireName() + " at " + at(i);
            case WHEEL -> String.format(Locale.ROOT, "dx %d, dy %d at %s", log.a(i), log.b(i), at(i));
            case KEY_DOWN, KEY_UP -> key(i);
            case FOCUS -> orDash(log.string(log.a(i))) + " \u2014 " + orDash(hiddenTitles.shown(log.string(log.b(i))));
            case FIELD -> FieldRole.ofIndex(log.a(i)).wireName()
                    + (log.b(i) == SessionLog.NO_STRING ? "" : " \u00b7 " + log.string(log.b(i)));
            case MARKER -> orDash(log.string(log.a(i)));
            case CLIPBOARD -> clipboard(i);
            case PAUSE -> "capture paused";
            case RESUME -> "capture resumed";
        };
    }

    /** Kinds whose details carry captured content (keys, titles, field labels, marker text). */
    private static boolean hidesContent(EventKind kind) {
        return switch (kind) {
            case KEY_DOWN, KEY_UP, FOCUS, FIELD, MARKER, CLIPBOARD -> true;
            default -> false;
        };
    }

    /** The length always; kept text only outside a password field, like typed text. */
    private String clipboard(int i) {
        String length = log.a(i) + (log.a(i) == 1 ? " character" : " characters");
        String text = log.string(log.b(i));
        if (text == null) {
            return length + " (text not kept)";
        }
        return inPasswordField(i) ? length + "  " + MASK : length + "  \u201c" + text + "\u201d";
    }

    private String key(int i) {
        String code = orDash(log.string(log.a(i)));
        String text = log.string(log.b(i));
        if (inPasswordField(i) && (text != null || !isNonCharacterKey(code))) {
            // a key_up carries no text but its code still names the letter
            return text == null ? MASK : MASK + "  " + MASK;
        }
        return text == null ? code : code + "  \u201c" + visible(text) + "\u201d";
    }

    /** Keys whose code tells nothing about what was typed: modifiers, editing and navigation. */
    static boolean isNonCharacterKey(String code) {
        return NON_CHARACTER_KEYS.contains(code) || code.startsWith("Shift") || code.startsWith("Control")
                || code.startsWith("Alt") || code.startsWith("Meta") || code.startsWith("Arrow")
                || code.matches("F[0-9]{1,2}");
    }

    private boolean inPasswordField(int i) {
        return index.stateAtEvent(i).fieldRole() == FieldRole.PASSWORD;
    }

    private String at(int i) {
        return log.x(i) + ", " + log.y(i);
    }

    private static String visible(String text) {
        return switch (text) {
            case "\n", "\r", "\r\n" -> "\u21b5";
            case "\t" -> "\u21e5";
            case " " -> "\u2423";
            default -> text;
        };
    }

    private static String orDash(String s) {
        return s == null || s.isEmpty() ? "\u2013" : s;
    }
}
