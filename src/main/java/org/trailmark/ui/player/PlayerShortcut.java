package org.trailmark.ui.player;

/**
 * The player's keys, for the shortcuts sheet and tooltips. They act on the whole player pane
 * (see {@link SessionPlayerView}); none uses Alt, and Ctrl combinations are left to the window.
 */
public enum PlayerShortcut {
    PLAY_PAUSE("Space", "Play / pause"),
    PLAY_FASTER("L", "Play, or play faster"),
    PAUSE("K", "Pause"),
    SLOWER_OR_BACK("J", "Play slower, or step back one event when paused"),
    STEP_EVENT("\u2190 / \u2192", "Previous / next event"),
    STEP_SECOND("Shift+\u2190 / Shift+\u2192", "Back / forward one second"),
    STEP_FRAME(", / .", "Back / forward one frame (1/60 s)"),
    JUMP_KIND("[ / ]", "Previous / next event of the chosen kind"),
    START_END("Home / End", "Start / end of the session"),
    ZOOM("+ / \u2212", "Zoom the timeline in / out"),
    FIT("F or 0 (timeline focused)", "Show the whole session on the timeline"),
    LOOP_SELECT("Shift+drag on the ruler", "Select a range to loop");

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
