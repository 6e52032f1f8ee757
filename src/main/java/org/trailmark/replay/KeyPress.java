package org.trailmark.replay;

/**
 * One key going down, read together with the modifiers held at that moment.
 *
 * @param code      the W3C {@code code}
 * @param text      the printable text the key produced, or null
 * @param modifiers the {@link KeyNames} modifier bits held
 */
record KeyPress(String code, String text, int modifiers) {
    private static final int COMMAND_MODIFIERS = KeyNames.CTRL | KeyNames.ALT | KeyNames.META;

    /**
     * True when the key typed its text. Ctrl, Alt and Meta turn keys into shortcuts, except
     * AltGr (or Ctrl+Alt, which is how Windows reports AltGr) producing a character.
     */
    boolean typesText() {
        if (text == null) {
            return false;
        }
        int command = modifiers & COMMAND_MODIFIERS;
        if (command == 0) {
            return true;
        }
        boolean altGraph = (modifiers & KeyNames.ALT_GRAPH) != 0
                || (modifiers & (KeyNames.CTRL | KeyNames.ALT)) == (KeyNames.CTRL | KeyNames.ALT);
        return altGraph && (modifiers & KeyNames.META) == 0;
    }

    boolean ctrlOrMeta() {
        return (modifiers & (KeyNames.CTRL | KeyNames.META)) != 0;
    }

    boolean shift() {
        return (modifiers & KeyNames.SHIFT) != 0;
    }

    /** The chord as a person reads it: {@code Ctrl+V}, {@code Shift+Tab}, {@code Enter}. */
    String chordLabel() {
        return KeyNames.chordPrefix(modifiers) + KeyNames.display(code);
    }

    /** The modifier bits without Shift, to tell Ctrl+Left from Shift+Left. */
    int commandModifiers() {
        return modifiers & COMMAND_MODIFIERS;
    }
}
