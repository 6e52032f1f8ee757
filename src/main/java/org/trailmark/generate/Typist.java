package org.trailmark.generate;

/**
 * Turns text into key events the way a person types it: log-normal inter-key intervals with
 * slower word starts and faster hand alternation, keys held long enough to overlap the next
 * one, Shift pressed before capitals and held across runs of them, and typos on neighbouring
 * keys noticed a few characters later and corrected with Backspace.
 */
final class Typist {
    private static final String PAUSE_AFTER = ".,;:!?";

    private final Timeline timeline;
    private final Rng rng;
    private final Persona persona;
    private int lastDown;
    private char previous;
    private boolean shiftHeld;
    private int shiftedKeyReleasedAt;

    Typist(Timeline timeline, Rng rng, Persona persona) {
        this.timeline = timeline;
        this.rng = rng;
        this.persona = persona;
    }

    /** The time span of the keys typed by one call. */
    record Span(int startMs, int endMs) {
    }

    /**
     * Types {@code text} ({@code \n} is Enter, {@code \t} is Tab); {@code typoScale} scales this
     * person's typo rate (0 types it cleanly). Returns the span from the first key down to the
     * last key up of the text.
     */
    Span type(String text, double typoScale) {
        lastDown = Math.max(lastDown, timeline.now());
        previous = ' ';
        int start = -1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (typoScale > 0 && c < 128 && Character.isLetterOrDigit(c)
                    && rng.chance(persona.typoRate() * typoScale)) {
                int began = typo(text, i);
                start = start < 0 ? began : start;
            }
            int down = strike(c);
            start = start < 0 ? down : start;
            i++;
        }
        releaseShift();
        int end = Math.max(timeline.lastReleaseTime(), lastDown);
        return new Span(start < 0 ? timeline.now() : start, end);
    }

    /** A single non-printing key in the flow of typing: Enter, Tab, Backspace, arrows, F2, Escape. */
    void press(String code) {
        lastDown = Math.max(lastDown, timeline.now());
        strikeKey(code, null, false, '\u0000', persona.ikiMedianMs() * 1.3);
        releaseShift();
    }

    /** The same key several times, as when deleting a word with Backspace or walking cells with arrows. */
    void repeat(String code, int times) {
        for (int i = 0; i < times; i++) {
            lastDown = Math.max(lastDown, timeline.now());
            strikeKey(code, null, false, '\u0000', persona.ikiMedianMs() * (i == 0 ? 1.4 : 0.75));
        }
    }

    /**
     * A shortcut such as Ctrl+C: modifiers go down one after the other, then the key (which
     * produces no text with Ctrl, Alt or Meta held), then everything is released.
     */
    void chord(String key, String... modifiers) {
        timeline.releaseAll();
        timeline.waitMs(rng.between(120, 380));
        for (String modifier : modifiers) {
            timeline.keyDown(modifier, null);
            timeline.waitMs(rng.between(35, 90));
        }
        timeline.waitMs(rng.between(40, 120));
        timeline.keyDown(key, null);
        timeline.waitMs(dwell());
        timeline.keyUp(key);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            timeline.waitMs(rng.between(20, 90));
            timeline.keyUp(modifiers[i]);
        }
        lastDown = timeline.now();
    }

    /** Hits a neighbouring key, types on a little, notices, and deletes back to the mistake. */
    private int typo(String text, int at) {
        int first = strike(UsKeyboard.neighbour(text.charAt(at), rng));
        int more = 0;
        int limit = Math.min(2, text.length() - at - 1);
        int wanted = rng.between(0, limit);
        while (more < wanted && UsKeyboard.canType(text.charAt(at + 1 + more))) {
            strike(text.charAt(at + 1 + more));
            more++;
        }
        releaseShift();
        timeline.releaseAll();
        timeline.waitMs((int) rng.logNormal(420, 0.35));
        lastDown = Math.max(lastDown, timeline.now());
        for (int k = 0; k <= more; k++) {
            strikeKey("Backspace", null, false, '\u0000', persona.ikiMedianMs() * 0.8);
        }
        timeline.releaseAll();
        timeline.waitMs((int) rng.logNormal(160, 0.3));
        previous = ' ';
        return first;
    }

    private int strike(char c) {
        if (c == '\n') {
            return strikeKey("Enter", null, false, c, interval(c));
        }
        if (c == '\t') {
            return strikeKey("Tab", null, false, c, interval(c));
        }
        UsKeyboard.Stroke stroke = UsKeyboard.stroke(c);
        return strikeKey(stroke.code(), String.valueOf(stroke.produced()), stroke.shift(), c, interval(c));
    }

    /** Presses one key; returns the time of the first event it caused (Shift, when it needed it). */
    private int strikeKey(String code, String text, boolean shift, char c, double intervalMs) {
        int down = Math.max(lastDown + (int) Math.round(intervalMs), timeline.now());
        int first = -1;
        if (shift && !shiftHeld) {
            int shiftDown = Math.max(timeline.now(), Math.max(lastDown + 8, down - rng.between(45, 110)));
            timeline.at(shiftDown);
            timeline.keyDown(persona.shiftCode(), null);
            shiftHeld = true;
            first = shiftDown;
            down = Math.max(down, shiftDown + rng.between(20, 45));
        } else if (!shift && shiftHeld) {
            int shiftUp = releaseShift();
            down = Math.max(down, shiftUp + rng.between(6, 25));
        }
        int stillHeld = timeline.releaseTimeOf(code);
        if (stillHeld != Integer.MIN_VALUE) {
            down = Math.max(down, stillHeld + rng.between(12, 30));
        }
        timeline.at(down);
        timeline.keyDown(code, text);
        int up = down + dwell();
        timeline.keyUpAt(up, code);
        if (shift) {
            shiftedKeyReleasedAt = up;
        }
        lastDown = down;
        previous = c;
        return first < 0 ? down : first;
    }

    /** Releases Shift after the last shifted key came up; returns when. */
    private int releaseShift() {
        if (!shiftHeld) {
            return timeline.now();
        }
        int up = Math.max(timeline.now(), shiftedKeyReleasedAt + rng.between(8, 45));
        timeline.keyUpAt(up, persona.shiftCode());
        shiftHeld = false;
        return up;
    }

    private double interval(char c) {
        double ms = rng.logNormal(persona.ikiMedianMs(), persona.ikiSigma());
        if (previous == ' ' || previous == '\n') {
            ms *= 1.25;
        } else if (PAUSE_AFTER.indexOf(previous) >= 0) {
            ms *= 1.7;
        } else if (previous == c) {
            ms *= 1.15;
        } else if (Character.isLetter(previous) && Character.isLetter(c)) {
            ms *= UsKeyboard.leftHand(previous) != UsKeyboard.leftHand(c) ? 0.82 : 1.06;
        }
        if (Character.isDigit(c) || (!Character.isLetterOrDigit(c) && c != ' ')) {
            ms *= 1.3;
        }
        return Math.min(ms, 2500);
    }

    private int dwell() {
        return (int) Math.max(35, Math.min(260, rng.logNormal(persona.dwellMedianMs(), 0.25)));
    }
}
