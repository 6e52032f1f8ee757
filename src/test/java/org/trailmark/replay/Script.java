package org.trailmark.replay;

import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** Writes small sessions for tests the way a person produces them: text, keys, chords, windows. */
final class Script {
    private final SessionLogBuilder log = new SessionLogBuilder();
    private int now;

    Script at(int ms) {
        now = ms;
        return this;
    }

    Script waitMs(int ms) {
        now += ms;
        return this;
    }

    int now() {
        return now;
    }

    /** Index the next event will get. */
    int nextIndex() {
        return log.size();
    }

    Script focus(String app, String title) {
        log.focus(tick(), app, title);
        return this;
    }

    Script field(FieldRole role, String label) {
        log.field(tick(), role, label);
        return this;
    }

    /** Types plain characters (Shift for capitals, as a keyboard sends them). */
    Script type(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                press("Enter");
                continue;
            }
            boolean shift = Character.isUpperCase(c);
            if (shift) {
                log.key(tick(), true, "ShiftLeft", null);
            }
            String code = Character.isLetter(c) ? "Key" + Character.toUpperCase(c)
                    : Character.isDigit(c) ? "Digit" + c : c == ' ' ? "Space" : "Unidentified";
            log.key(tick(), true, code, String.valueOf(c));
            log.key(tick(), false, code, null);
            if (shift) {
                log.key(tick(), false, "ShiftLeft", null);
            }
        }
        return this;
    }

    /** A key that types nothing: Backspace, Enter, ArrowLeft… */
    Script press(String code) {
        log.key(tick(), true, code, null);
        log.key(tick(), false, code, null);
        return this;
    }

    Script press(String code, int times) {
        for (int i = 0; i < times; i++) {
            press(code);
        }
        return this;
    }

    /** Modifiers down in order, the key, then everything up: {@code chord("KeyV", "ControlLeft")}. */
    Script chord(String code, String... modifiers) {
        for (String m : modifiers) {
            log.key(tick(), true, m, null);
        }
        log.key(tick(), true, code, null);
        log.key(tick(), false, code, null);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            log.key(tick(), false, modifiers[i], null);
        }
        return this;
    }

    Script keyDown(String code, String text) {
        log.key(tick(), true, code, text);
        return this;
    }

    Script keyUp(String code) {
        log.key(tick(), false, code, null);
        return this;
    }

    Script move(int x, int y) {
        log.pointerMove(tick(), x, y);
        return this;
    }

    Script button(boolean down, PointerButton b, int x, int y) {
        log.button(tick(), down, b, x, y);
        return this;
    }

    Script click(PointerButton b, int x, int y) {
        return button(true, b, x, y).button(false, b, x, y);
    }

    Script wheel(int x, int y, int dx, int dy) {
        log.wheel(tick(), x, y, dx, dy);
        return this;
    }

    Script pause() {
        log.pause(tick());
        return this;
    }

    Script resume() {
        log.resume(tick());
        return this;
    }

    Script marker(String label) {
        log.marker(tick(), label);
        return this;
    }

    SessionLog build() {
        return log.build();
    }

    /** Each event 10 ms after the previous, so tests can reason about order. */
    private int tick() {
        now += 10;
        return now;
    }
}
