package org.trailmark.io.rrweb;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.trailmark.model.FieldRole;
import org.trailmark.model.MaskedKey;
import org.trailmark.model.SessionLogBuilder;

/**
 * Turns rrweb's field values into typing. rrweb records an input field's whole value after each
 * change, not keys; the session's text comes from key events (the studio's typed text, the
 * sensitive-data scan). Each change becomes the keys that turn the text Trailmark's replay holds
 * for that field into the new value: arrows to the changed place, Backspace over what went,
 * the new characters typed, all at the change's time. So the replayed text of a field is always
 * the value rrweb saw, and text that was typed and deleted is still there for the scan.
 *
 * <p>The typed keys name no physical key ({@code Unidentified}; Enter for a line break), because
 * rrweb does not know them. A value rrweb masked ({@code *} for every character) is typed as
 * {@code *} with the {@link MaskedKey#CODE} code: never unmasked, and skipped by the scan.
 *
 * <p>To know which text the replay holds, this mirrors its context: the focused window and, per
 * window, the field it last had, as the replay's context tracker restores it.
 */
final class FieldTyping {
    private static final String UNIDENTIFIED = "Unidentified";
    private static final char MASK = '*';

    /** The field context the replay groups text by. */
    private record Context(String window, FieldRole role, String label) {
    }

    /** The text the replay holds for one context, and its caret. */
    private static final class Text {
        private String value = "";
        private int caret;
    }

    private final TimeOrder order;
    private final PageDom dom;
    private final Map<String, PageField> fieldByWindow = new HashMap<>();
    private final Map<Context, Text> texts = new HashMap<>();
    private String window;
    private PageField field;
    private long maskedValues;
    private long choices;

    FieldTyping(TimeOrder order, PageDom dom) {
        this.order = order;
        this.dom = dom;
    }

    /** A focus event was added: the replay now restores that window's last field. */
    void windowChanged(String title) {
        if (window != null) {
            fieldByWindow.put(window, field);
        }
        window = title;
        field = fieldByWindow.get(title);
    }

    /** An element got keyboard focus: a field event when it is a form field, else focus left the fields. */
    void focus(int nodeId, long time) {
        PageField f = dom.field(nodeId);
        enter(f, time);
    }

    /** Focus left an element. */
    void blur(long time) {
        enter(null, time);
    }

    /** A field's new value; null for a check box's change, which carries no text. */
    void input(int nodeId, String value, long time) {
        PageField f = dom.field(nodeId);
        if (f == null) {
            f = PageField.unknown(nodeId);
        }
        enter(f, time);
        if (!f.typed() || value == null) {
            choices++;
            return;
        }
        String now = printable(value);
        boolean masked = !now.isEmpty() && now.chars().allMatch(c -> c == MASK);
        if (masked) {
            maskedValues++;
        }
        Text text = texts.computeIfAbsent(new Context(window, f.role(), f.label()), c -> new Text());
        retype(text, now, masked, time);
    }

    /** Input values the recorder had masked. */
    long maskedValues() {
        return maskedValues;
    }

    /** Changes of check boxes, lists and other choices, whose values are not typing. */
    long choices() {
        return choices;
    }

    private void enter(PageField f, long time) {
        if (Objects.equals(f, field)) {
            return;
        }
        field = f;
        FieldRole role = f == null ? FieldRole.NONE : f.role();
        String label = f == null ? null : f.label();
        order.add(time, true, (log, t) -> log.field(t, role, label));
    }

    private void retype(Text text, String now, boolean masked, long time) {
        String old = text.value;
        int prefix = 0;
        int max = Math.min(old.length(), now.length());
        while (prefix < max && old.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(old.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && old.charAt(old.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(now.charAt(now.length() - suffix))) {
            suffix--;
        }
        int removedEnd = old.length() - suffix;
        String inserted = now.substring(prefix, now.length() - suffix);
        if (removedEnd == prefix && inserted.isEmpty()) {
            return;
        }
        int from = text.caret;
        int to = removedEnd;
        int deletions = removedEnd - prefix;
        String typed = inserted;
        order.add(time, true, (log, t) -> keys(log, t, from, to, deletions, typed, masked));
        text.value = now;
        text.caret = prefix + inserted.length();
    }

    private static void keys(SessionLogBuilder log, int t, int caret, int target, int deletions, String typed,
                             boolean masked) {
        String arrow = target < caret ? "ArrowLeft" : "ArrowRight";
        for (int i = Math.abs(target - caret); i > 0; i--) {
            press(log, t, arrow, null);
        }
        for (int i = 0; i < deletions; i++) {
            press(log, t, "Backspace", null);
        }
        for (int i = 0; i < typed.length(); i++) {
            char c = typed.charAt(i);
            if (c == '\n') {
                press(log, t, "Enter", null);
            } else if (Character.isHighSurrogate(c) && i + 1 < typed.length()) {
                press(log, t, UNIDENTIFIED, typed.substring(i, i + 2));
                i++;
            } else {
                press(log, t, masked ? MaskedKey.CODE : UNIDENTIFIED, String.valueOf(c));
            }
        }
    }

    private static void press(SessionLogBuilder log, int t, String code, String text) {
        log.key(t, true, code, text);
        log.key(t, false, code, null);
    }

    /** The replay drops control characters other than line breaks; so does the mirror. */
    private static String printable(String value) {
        boolean clean = true;
        for (int i = 0; i < value.length() && clean; i++) {
            char c = value.charAt(i);
            clean = c == '\n' || !Character.isISOControl(c);
        }
        if (clean) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || !Character.isISOControl(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
