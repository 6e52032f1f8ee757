package org.trailmark.replay;

/**
 * Every character ever typed into one group, in document order, deleted ones included, each
 * mapped back to the key event that typed it and the one that deleted it. This is what the
 * sensitive-data detectors scan: a secret typed and then erased still counts.
 */
public final class Transcript {
    private final int groupId;
    private final String text;
    private final int[] typedEvent;
    private final int[] deletedEvent;
    private final int[] deletedMs;
    private final boolean[] secret;

    Transcript(int groupId, String text, int[] typedEvent, int[] deletedEvent, int[] deletedMs, boolean[] secret) {
        this.groupId = groupId;
        this.text = text;
        this.typedEvent = typedEvent;
        this.deletedEvent = deletedEvent;
        this.deletedMs = deletedMs;
        this.secret = secret;
    }

    public int groupId() {
        return groupId;
    }

    /** All characters, deleted ones included, in the order they stood in the field. */
    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** The key_down event that typed character {@code i}. */
    public int typedEvent(int i) {
        return typedEvent[i];
    }

    /** The key event that deleted character {@code i}, or -1 when it survived the session. */
    public int deletedEvent(int i) {
        return deletedEvent[i];
    }

    /** When character {@code i} was deleted (ms from session start), or -1 when it survived. */
    public int deletedMs(int i) {
        return deletedMs[i];
    }

    public boolean isDeleted(int i) {
        return deletedEvent[i] >= 0;
    }

    /** True when character {@code i} was typed into a password field. */
    public boolean isSecret(int i) {
        return secret[i];
    }

    /** The characters that were never deleted: the field's final text. */
    public String survivingText() {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (deletedEvent[i] < 0) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    /** The characters that were typed and later deleted, in document order. */
    public String deletedText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            if (deletedEvent[i] >= 0) {
                sb.append(text.charAt(i));
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Transcript[group=" + groupId + ", " + text.length() + " chars]";
    }
}
