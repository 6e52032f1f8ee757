package org.trailmark.privacy;

import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Writes small sessions the way a keyboard produces them (Shift for capitals, key down then up),
 * for the evaluation corpus and tests. Times advance a fixed step per event.
 */
public final class KeyScript {
    private final SessionLogBuilder log = new SessionLogBuilder();
    private int now;
    private final int step;

    public KeyScript(int stepMs) {
        this.step = stepMs;
    }

    public int now() {
        return now;
    }

    public KeyScript waitMs(int ms) {
        now += ms;
        return this;
    }

    public KeyScript focus(String app, String title) {
        log.focus(tick(), app, title);
        return this;
    }

    public KeyScript field(FieldRole role, String label) {
        log.field(tick(), role, label);
        return this;
    }

    /** Types text; '\n' presses Enter and '\t' presses Tab. */
    public KeyScript type(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                press("Enter");
                continue;
            }
            if (c == '\t') {
                press("Tab");
                continue;
            }
            boolean shift = Character.isUpperCase(c) || "!@#$%^&*()_+{}|:\"<>?~".indexOf(c) >= 0;
            if (shift) {
                log.key(tick(), true, "ShiftLeft", null);
            }
            String code = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? "Key" + Character.toUpperCase(c)
                    : c >= '0' && c <= '9' ? "Digit" + c : c == ' ' ? "Space" : "Unidentified";
            log.key(tick(), true, code, String.valueOf(c));
            log.key(tick(), false, code, null);
            if (shift) {
                log.key(tick(), false, "ShiftLeft", null);
            }
        }
        return this;
    }

    /** A key that types nothing (Backspace, Enter, ArrowLeft…), pressed {@code times} times. */
    public KeyScript press(String code, int times) {
        for (int i = 0; i < times; i++) {
            press(code);
        }
        return this;
    }

    public KeyScript press(String code) {
        log.key(tick(), true, code, null);
        log.key(tick(), false, code, null);
        return this;
    }

    public SessionLog build() {
        return log.build();
    }

    private int tick() {
        now += step;
        return now;
    }
}
