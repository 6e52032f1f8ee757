package org.trailmark.io.keys;

import java.util.Optional;

/**
 * A platform's virtual key code as a W3C {@code code} and the text the key types on a US layout, for
 * recorders that store the code itself rather than a key name (screenpipe's {@code key_code}).
 * The tables are those behind pynput's {@code <N>} names ({@link VirtualKeyCodes}).
 */
public final class VirtualKeys {

    /** What a virtual key code names. {@code text}/{@code shiftedText} are null for keys that type nothing. */
    public record Key(String code, String text, String shiftedText, boolean modifier) {

        public String textWith(boolean shiftHeld) {
            return shiftHeld ? shiftedText : text;
        }
    }

    private VirtualKeys() {
    }

    /** The key with that code on the platform; empty for a code the tables do not know. */
    public static Optional<Key> of(KeyPlatform platform, int virtualKeyCode) {
        return VirtualKeyCodes.lookup(platform, virtualKeyCode)
                .map(k -> new Key(k.code(), k.text(), k.shiftedText(), k.modifier() != Modifier.NONE));
    }

    /** The code of the key that types a character on a US layout, or {@link #unidentified()}. */
    public static String codeOfCharacter(int codePoint) {
        return UsLayout.codeOf(codePoint).orElse(KeyIdentity.UNIDENTIFIED);
    }

    /** The W3C code of a key that no table knows. */
    public static String unidentified() {
        return KeyIdentity.UNIDENTIFIED;
    }
}
