package org.trailmark.replay;

import java.util.Locale;

/** What a coalesced action does; the wire names are the ones trajectory exports write. */
public enum ActionKind {
    CLICK, DOUBLE_CLICK, RIGHT_CLICK, MIDDLE_CLICK, DRAG, SCROLL, TYPE, HOTKEY, KEY, WAIT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
