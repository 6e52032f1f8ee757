package org.trailmark.io.keys;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which physical key types a character, assuming a US (ANSI) keyboard layout. Capture tools built
 * on pynput record the character, not the key; for other layouts the code of punctuation may be
 * wrong, but the typed text, which is what review and export use, is always the recorded one.
 */
final class UsLayout {
    private static final Map<Integer, String> CODE_OF_CHAR = new HashMap<>();
    private static final Map<String, String[]> TEXT_OF_CODE = new HashMap<>();

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            String code = "Key" + Character.toUpperCase(c);
            pair(code, c, Character.toUpperCase(c));
        }
        String digits = "1234567890";
        String shiftedDigits = "!@#$%^&*()";
        for (int i = 0; i < digits.length(); i++) {
            pair("Digit" + digits.charAt(i), digits.charAt(i), shiftedDigits.charAt(i));
        }
        pair("Backquote", '`', '~');
        pair("Minus", '-', '_');
        pair("Equal", '=', '+');
        pair("BracketLeft", '[', '{');
        pair("BracketRight", ']', '}');
        pair("Backslash", '\\', '|');
        pair("Semicolon", ';', ':');
        pair("Quote", '\'', '"');
        pair("Comma", ',', '<');
        pair("Period", '.', '>');
        pair("Slash", '/', '?');
        pair("Space", ' ', ' ');
    }

    private UsLayout() {
    }

    private static void pair(String code, char plain, char shifted) {
        CODE_OF_CHAR.put((int) plain, code);
        CODE_OF_CHAR.put((int) shifted, code);
        TEXT_OF_CODE.put(code, new String[] {String.valueOf(plain), String.valueOf(shifted)});
    }

    /** The code of the key that types {@code codePoint} on a US layout. */
    static Optional<String> codeOf(int codePoint) {
        return Optional.ofNullable(CODE_OF_CHAR.get(codePoint));
    }

    /** The key at a position, with the text it types unshifted and shifted (letters in both cases). */
    static KeyIdentity positional(String code) {
        String[] texts = TEXT_OF_CODE.get(code);
        return texts == null ? KeyIdentity.of(code) : KeyIdentity.positional(code, texts[0], texts[1]);
    }

    /** Numpad keys type the same with or without Shift (Num Lock assumed on). */
    static KeyIdentity numpad(String code, String text) {
        return KeyIdentity.positional(code, text, text);
    }
}
