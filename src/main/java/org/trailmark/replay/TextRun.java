package org.trailmark.replay;

import java.util.Objects;

/**
 * A stretch of reconstructed text as it stands at one moment: plain text, text typed into a
 * password field, or a chip for a key that did not type (a shortcut such as {@code Ctrl+V}).
 *
 * @param text       the characters, or the chip's label
 * @param count      how many times the chip was pressed in a row ({@code Backspace ×3}); 1 for text
 * @param firstEvent the key event that typed the first character or pressed the chip
 */
public record TextRun(Kind kind, String text, int count, int firstEvent) {
    public enum Kind {
        TEXT, SECRET, CHIP
    }

    public TextRun {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** Caret units this run takes: one per character, one for a chip run however often pressed. */
    public int length() {
        return kind == Kind.CHIP ? 1 : text.length();
    }

    public boolean isSecret() {
        return kind == Kind.SECRET;
    }

    public boolean isChip() {
        return kind == Kind.CHIP;
    }

    @Override
    public String toString() {
        // Typed text must never reach a log; chips are key names, not content.
        return kind == Kind.CHIP ? "TextRun[chip " + text + " x" + count + "]" : "TextRun[" + kind + ", " + text.length() + " chars]";
    }
}
