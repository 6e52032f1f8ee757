package org.trailmark.io.keys;

/**
 * A physical key as far as a key name tells: its W3C {@code code}, the text it types without and
 * with Shift (null for keys that type nothing), and the modifier it is, if any.
 */
record KeyIdentity(String code, String text, String shiftedText, Modifier modifier) {

    static final String UNIDENTIFIED = "Unidentified";

    static KeyIdentity of(String code) {
        return new KeyIdentity(code, null, null, Modifier.NONE);
    }

    static KeyIdentity modifier(String code, Modifier modifier) {
        return new KeyIdentity(code, null, null, modifier);
    }

    /** A key whose recorded character already reflects Shift and Caps Lock. */
    static KeyIdentity typing(String code, String text) {
        return new KeyIdentity(code, text, text, Modifier.NONE);
    }

    /** A key known only by position (a virtual key code): the typed text depends on Shift. */
    static KeyIdentity positional(String code, String text, String shiftedText) {
        return new KeyIdentity(code, text, shiftedText, Modifier.NONE);
    }

    String textWith(boolean shiftHeld) {
        return shiftHeld ? shiftedText : text;
    }
}
