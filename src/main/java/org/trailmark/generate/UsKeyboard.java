package org.trailmark.generate;

/**
 * A US QWERTY layout: which physical key (W3C UI Events {@code code}) and whether Shift
 * produce a character, which hand types it, and which keys neighbour it (for typos).
 */
final class UsKeyboard {
    /** One character as a key press. */
    record Stroke(String code, boolean shift, char produced) {
    }

    private static final String SHIFTED_DIGITS = ")!@#$%^&*(";
    private static final String PUNCTUATION = "-=[]\\;',./`";
    private static final String SHIFTED_PUNCTUATION = "_+{}|:\"<>?~";
    private static final String[] PUNCTUATION_CODES = {
        "Minus", "Equal", "BracketLeft", "BracketRight", "Backslash", "Semicolon", "Quote",
        "Comma", "Period", "Slash", "Backquote"};
    private static final String[] KEY_ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
    private static final String LEFT_HAND = "qwertasdfgzxcvb12345`~!@#$%";

    private UsKeyboard() {
    }

    /** True for the characters {@link #stroke(char)} can type; Enter and Tab are keys, not text. */
    static boolean canType(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == ' '
                || SHIFTED_DIGITS.indexOf(c) >= 0 || PUNCTUATION.indexOf(c) >= 0
                || SHIFTED_PUNCTUATION.indexOf(c) >= 0;
    }

    static Stroke stroke(char c) {
        if (c >= 'a' && c <= 'z') {
            return new Stroke("Key" + Character.toUpperCase(c), false, c);
        }
        if (c >= 'A' && c <= 'Z') {
            return new Stroke("Key" + c, true, c);
        }
        if (c >= '0' && c <= '9') {
            return new Stroke("Digit" + c, false, c);
        }
        if (c == ' ') {
            return new Stroke("Space", false, c);
        }
        int i = SHIFTED_DIGITS.indexOf(c);
        if (i >= 0) {
            return new Stroke("Digit" + i, true, c);
        }
        i = PUNCTUATION.indexOf(c);
        if (i >= 0) {
            return new Stroke(PUNCTUATION_CODES[i], false, c);
        }
        i = SHIFTED_PUNCTUATION.indexOf(c);
        if (i >= 0) {
            return new Stroke(PUNCTUATION_CODES[i], true, c);
        }
        // Scenario texts are fixed ASCII; reaching this is a bug in a scenario, not in captured data.
        throw new IllegalArgumentException("no US key for character U+" + Integer.toHexString(c));
    }

    static boolean leftHand(char c) {
        return LEFT_HAND.indexOf(Character.toLowerCase(c)) >= 0;
    }

    /**
     * A key next to {@code c} on the same row, in the same case, or {@code c} itself when it is
     * neither a letter nor a digit (typos are only made on those).
     */
    static char neighbour(char c, Rng rng) {
        char lower = Character.toLowerCase(c);
        for (String row : KEY_ROWS) {
            int i = row.indexOf(lower);
            if (i >= 0) {
                int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : rng.chance(0.5) ? i - 1 : i + 1;
                char n = row.charAt(j);
                return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
            }
        }
        return c;
    }
}
