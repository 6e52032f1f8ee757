package org.trailmark.ui.player;

/** Style classes and ids of the player, defined in styles/player.css. */
public final class PlayerStyles {
    public static final String SHEET = "/styles/player.css";

    public static final String PLAYER = "tm-player";
    public static final String STAGE = "tm-replay-stage";
    public static final String TEXT_PANEL = "tm-typed-text";
    public static final String TEXT_GROUP = "tm-text-group";
    public static final String TEXT_GROUP_HEADER = "tm-text-group-header";
    public static final String TEXT_GROUP_APP = "tm-text-group-app";
    public static final String TEXT_GROUP_TITLE = "tm-text-group-title";
    /** A card title the flag mask hid (see {@code MaskedTitles}). */
    public static final String TEXT_GROUP_TITLE_HIDDEN = "tm-text-group-title-hidden";
    public static final String TEXT_GROUP_SECRET = "tm-text-group-secret";
    public static final String TEXT_BODY = "tm-text-body";
    public static final String TEXT_RUN = "tm-text-run";
    public static final String TEXT_SECRET = "tm-text-secret";
    public static final String TEXT_SELECTED = "tm-text-selected";
    public static final String TEXT_CHIP = "tm-text-chip";
    public static final String CARET = "tm-caret";
    public static final String ROLE_BADGE = "tm-role-badge";
    public static final String PANEL_TITLE = "tm-panel-title";
    public static final String PANEL_EMPTY = "tm-panel-empty";
    public static final String KEY_HUD = "tm-key-hud";
    public static final String KEY_CAP = "tm-key-cap";
    public static final String KEY_CAP_SECRET = "tm-key-cap-secret";
    public static final String INSPECTOR = "tm-inspector";
    public static final String TRANSPORT = "tm-transport";
    public static final String TRANSPORT_TIME = "tm-transport-time";
    public static final String PLAY_BUTTON = "tm-play-button";

    /** Node ids for tests and key handling. */
    public static final String ID_PLAYER = "session-player";
    public static final String ID_STAGE = "replay-stage";
    public static final String ID_TEXT = "typed-text";
    /** The tabs that hold the typed text and the event inspector when there is no room for both at once. */
    public static final String ID_SIDE_TABS = "player-side-tabs";
    public static final String ID_HUD = "key-hud";
    public static final String ID_INSPECTOR = "event-inspector";
    public static final String ID_PLAY = "play-button";
    public static final String ID_TIME = "player-time";
    public static final String ID_SPEED = "player-speed";
    public static final String ID_SKIP_IDLE = "player-skip-idle";
    public static final String ID_REGION_TOOL = "player-region-tool";
    public static final String ID_LOOP = "player-loop";
    public static final String ID_JUMP_KIND = "player-jump-kind";
    public static final String ID_EMPTY = "player-empty";
    public static final String ID_TIMELINE = "player-timeline";

    private PlayerStyles() {
    }
}
