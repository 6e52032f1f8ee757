package org.trailmark.ui.player;

/** How typed secrets look on screen: one bullet per character, never the characters. */
final class GroupTextMask {
    static final char BULLET = '\u2022';

    private GroupTextMask() {
    }

    static String bullets(int count) {
        return String.valueOf(BULLET).repeat(Math.max(0, count));
    }
}
