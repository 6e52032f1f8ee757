package org.trailmark.replay;

/**
 * Every character ever typed into one group, in document order, deleted ones included, each
 * mapped back to the key event that typed it and the one that deleted it. This is what the
 * sensitive-data detectors scan: a secret typed and then erased still counts.
 *
 * <p>A view over its group's characters (they never change once built): it holds only which of
 * the group's atoms are characters, in document order, so a long text is not copied again.
 */
public final class Transcript {
    private final int groupId;
    /** The group's atom behind each character, in document order; null when character i is atom i. */
    private final int[] atomAt;
    private final int length;
    private final char[] chars;
    private final int[] typedEvent;
    private final int[] typedMs;
    private final int[] deletedEvent;
    private final int[] deletedMs;
    private final byte[] flags;
    private String text;

    Transcript(int groupId, int[] atomAt, int length, char[] chars, int[] typedEvent, int[] typedMs, int[] deletedEvent,
               int[] deletedMs, byte[] flags) {
        this.groupId = groupId;
        this.atomAt = atomAt;
        this.length = length;
        this.chars = chars;
        this.typedEvent = typedEvent;
        this.typedMs = typedMs;
        this.deletedEvent = deletedEvent;
        this.deletedMs = deletedMs;
        this.flags = flags;
    }

    public int groupId() {
        return groupId;
    }

    /** All characters, deleted ones included, in the order they stood in the field. */
    public String text() {
        if (text == null) {
            char[] all = new char[length];
            for (int i = 0; i < all.length; i++) {
                all[i] = charAt(i);
            }
            text = new String(all);
        }
        return text;
    }

    /** Character {@code i} of {@link #text()}, without building the text. */
    public char charAt(int i) {
        return chars[atom(i)];
    }

    public int length() {
        return length;
    }

    /** The key_down event that typed character {@code i}. */
    public int typedEvent(int i) {
        return typedEvent[atom(i)];
    }

    /** When character {@code i} was typed (ms from session start). */
    public int typedMs(int i) {
        return typedMs[atom(i)];
    }

    /** The key event that deleted character {@code i}, or -1 when it survived the session. */
    public int deletedEvent(int i) {
        return deletion(deletedEvent)[atom(i)];
    }

    /** When character {@code i} was deleted (ms from session start), or -1 when it survived. */
    public int deletedMs(int i) {
        return deletion(deletedMs)[atom(i)];
    }

    public boolean isDeleted(int i) {
        return (flags[atom(i)] & GroupBuilder.DELETED) != 0;
    }

    private int atom(int i) {
        if (i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        return atomAt == null ? i : atomAt[i];
    }

    private static int[] deletion(int[] column) {
        if (column == null) {
            throw new IllegalStateException("a text-only reconstruction keeps whether a character was"
                    + " deleted, not when");
        }
        return column;
    }

    /** True when character {@code i} was typed into a password field. */
    public boolean isSecret(int i) {
        return (flags[atom(i)] & GroupBuilder.SECRET) != 0;
    }

    /** True when character {@code i} was typed with a recorder's mask key: there is nothing behind it. */
    public boolean isMasked(int i) {
        return (flags[atom(i)] & GroupBuilder.MASKED) != 0;
    }

    /** The characters that were never deleted: the field's final text. */
    public String survivingText() {
        StringBuilder sb = new StringBuilder(length());
        for (int i = 0; i < length(); i++) {
            if (!isDeleted(i)) {
                sb.append(charAt(i));
            }
        }
        return sb.toString();
    }

    /** The characters that were typed and later deleted, in document order. */
    public String deletedText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length(); i++) {
            if (isDeleted(i)) {
                sb.append(charAt(i));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Transcript[group=" + groupId + ", " + length() + " chars]";
    }
}
