package org.trailmark.io.screenpipe;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.io.keys.VirtualKeys;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLogBuilder;

/**
 * Appends the events of one session, keeping the state a screenpipe row leaves implicit: where the
 * pointer is (a scroll row may lack a position) and which window has focus (focus events only
 * when it changes).
 */
final class SessionEvents {
    /** screenpipe's {@code modifiers} bits (shift 1, ctrl 2, opt/alt 4, cmd/win/super 8) and the key each stands for. */
    private static final int[] MODIFIER_BITS = {1, 2, 4, 8};
    private static final String[] MODIFIER_CODES = {"ShiftLeft", "ControlLeft", "AltLeft", "MetaLeft"};
    private static final int SHIFT = 1;
    /** Ctrl or Cmd/Win held: the key is a shortcut and types nothing. */
    private static final int SHORTCUT = 2 | 8;

    private final SessionLogBuilder log = new SessionLogBuilder();
    private final KeyPlatform platform;
    private final boolean keepClipboard;
    private int pointerX;
    private int pointerY;
    private boolean focused;
    private String focusApp;
    private String focusTitle;
    private int clipboards;
    private int keys;

    SessionEvents(KeyPlatform platform, boolean keepClipboard) {
        this.platform = platform;
        this.keepClipboard = keepClipboard;
    }

    SessionLogBuilder builder() {
        return log;
    }

    int size() {
        return log.size();
    }

    int clipboards() {
        return clipboards;
    }

    int keys() {
        return keys;
    }

    boolean hasFocus() {
        return focused;
    }

    void move(int t, int x, int y) {
        log.pointerMove(t, x, y);
        pointerX = x;
        pointerY = y;
    }

    /** {@code count} clicks at one place, each a press and a release at the same time. */
    void click(int t, Integer x, Integer y, PointerButton button, int count) {
        int px = x == null ? pointerX : x;
        int py = y == null ? pointerY : y;
        for (int i = 0; i < count; i++) {
            log.button(t, true, button, px, py);
            log.button(t, false, button, px, py);
        }
        pointerX = px;
        pointerY = py;
    }

    void wheel(int t, Integer x, Integer y, int dx, int dy) {
        int px = x == null ? pointerX : x;
        int py = y == null ? pointerY : y;
        log.wheel(t, px, py, dx, dy);
        pointerX = px;
        pointerY = py;
    }

    /**
     * A key screenpipe recorded as a press (it records no release): the modifiers held go down
     * first and up last, so replay sees the shortcut as it was made. A key typed without Ctrl or
     * Cmd carries its text, since screenpipe did not also put it into a text row.
     */
    void key(int t, int keyCode, int modifiers) {
        VirtualKeys.Key key = VirtualKeys.of(platform, keyCode).orElse(null);
        String code = key == null ? VirtualKeys.unidentified() : key.code();
        List<String> held = new ArrayList<>(4);
        for (int i = 0; i < MODIFIER_BITS.length; i++) {
            if ((modifiers & MODIFIER_BITS[i]) != 0 && !sameModifier(code, MODIFIER_CODES[i])) {
                held.add(MODIFIER_CODES[i]);
            }
        }
        String text = key == null || (modifiers & SHORTCUT) != 0 ? null : key.textWith((modifiers & SHIFT) != 0);
        for (String modifier : held) {
            log.key(t, true, modifier, null);
        }
        log.key(t, true, code, text);
        log.key(t, false, code, null);
        for (int i = held.size() - 1; i >= 0; i--) {
            log.key(t, false, held.get(i), null);
        }
        keys++;
    }

    private static boolean sameModifier(String code, String modifierCode) {
        return code.startsWith(modifierCode.substring(0, modifierCode.length() - "Left".length()));
    }

    /**
     * Text screenpipe gathered from several key presses, as key presses again so that text
     * reconstruction and the sensitive-data scan see it: one press and release per character, all
     * at the row's time. Line breaks and tabs become Enter and Tab, which type through their code.
     */
    void text(int t, String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            String code;
            String typed;
            if (cp == '\n' || cp == '\r') {
                if (cp == '\n' && i >= 2 && text.charAt(i - 2) == '\r') {
                    continue; // \r\n is one Enter
                }
                code = "Enter";
                typed = null;
            } else if (cp == '\t') {
                code = "Tab";
                typed = null;
            } else {
                code = VirtualKeys.codeOfCharacter(cp);
                typed = new String(Character.toChars(cp));
            }
            log.key(t, true, code, typed);
            log.key(t, false, code, null);
            keys++;
        }
    }

    /** A focus event when the application or title changed. */
    void focus(int t, String app, String title) {
        if (focused && Objects.equals(app, focusApp) && Objects.equals(title, focusTitle)) {
            return;
        }
        log.focus(t, app, title);
        focused = true;
        focusApp = app;
        focusTitle = title;
    }

    /** The length always; the text only when the person importing asked for it. */
    void clipboard(int t, int length, String text) {
        log.clipboard(t, length, keepClipboard ? text : null);
        clipboards++;
    }
}
