package org.trailmark.replay;

import java.util.Random;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Random but plausible event soups for property tests: every kind of event, editing keys,
 * modifiers pressed and released out of order, several windows and fields, equal timestamps.
 */
final class RandomSessions {
    private static final String[] KEYS = {
        "KeyA", "KeyB", "KeyC", "KeyV", "KeyX", "KeyZ", "KeyU", "KeyW", "KeyE", "KeyK", "Space", "Digit1",
        "Enter", "Tab", "Backspace", "Delete", "ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End",
        "Escape", "F5", "CapsLock", "Insert"};
    private static final String[] MODIFIERS = {"ShiftLeft", "ControlLeft", "AltLeft", "MetaLeft", "AltRight"};
    private static final FieldRole[] ROLES = {
        FieldRole.NONE, FieldRole.TEXT, FieldRole.PASSWORD, FieldRole.MULTILINE, FieldRole.TERMINAL, FieldRole.SEARCH};

    private RandomSessions() {
    }

    static SessionLog log(long seed, int events) {
        Random r = new Random(seed);
        SessionLogBuilder b = new SessionLogBuilder(events);
        int t = r.nextInt(20);
        int x = 100;
        int y = 100;
        for (int i = 0; i < events; i++) {
            t += r.nextInt(10) < 2 ? 0 : r.nextInt(10) == 0 ? 1000 + r.nextInt(7000) : r.nextInt(60);
            int pick = r.nextInt(100);
            if (pick < 30) {
                x += r.nextInt(13) - 6;
                y += r.nextInt(13) - 6;
                b.pointerMove(t, x, y);
            } else if (pick < 36) {
                b.button(t, r.nextBoolean(), PointerButton.values()[r.nextInt(3)], x, y);
            } else if (pick < 40) {
                b.wheel(t, x, y, r.nextInt(3) - 1, r.nextInt(5) - 2);
            } else if (pick < 70) {
                String code = KEYS[r.nextInt(KEYS.length)];
                String text = code.startsWith("Key") ? code.substring(3).toLowerCase()
                        : code.equals("Space") ? " " : code.equals("Digit1") ? "1" : null;
                if (text != null && r.nextInt(8) == 0) {
                    text = null;
                }
                b.key(t, r.nextInt(4) != 0, code, text);
            } else if (pick < 82) {
                b.key(t, r.nextBoolean(), MODIFIERS[r.nextInt(MODIFIERS.length)], null);
            } else if (pick < 88) {
                int w = r.nextInt(3);
                b.focus(t, "app" + w, w == 2 ? null : "title" + w);
            } else if (pick < 95) {
                b.field(t, ROLES[r.nextInt(ROLES.length)], r.nextBoolean() ? "label" + r.nextInt(2) : null);
            } else if (pick < 97) {
                b.pause(t);
            } else if (pick < 99) {
                b.resume(t);
            } else {
                b.marker(t, "m");
            }
        }
        return b.build();
    }
}
