package org.trailmark.ui.player;

/**
 * The keys the transport bar names in its tooltips. The bindings themselves, with every other key
 * of the studio, are in {@code org.trailmark.ui.StudioAction} (the player does not depend on the
 * window around it); a test there checks that these words agree with it.
 */
public enum PlayerShortcut {
    PLAY_PAUSE("Space", "Play / pause"),
    START_END("Home", "Start of the session");

    private final String keys;
    private final String label;

    PlayerShortcut(String keys, String label) {
        this.keys = keys;
        this.label = label;
    }

    public String keys() {
        return keys;
    }

    public String label() {
        return label;
    }

    /** "Play / pause (Space)", for tooltips. */
    String tooltip() {
        return label + " (" + keys + ")";
    }
}
