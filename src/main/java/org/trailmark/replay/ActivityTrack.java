package org.trailmark.replay;

import org.trailmark.model.EventKind;

/** The timeline's activity tracks and the event kind each counts. */
public enum ActivityTrack {
    KEYS(EventKind.KEY_DOWN),
    POINTER(EventKind.POINTER_MOVE),
    CLICKS(EventKind.BUTTON_DOWN),
    WHEEL(EventKind.WHEEL),
    FOCUS(EventKind.FOCUS),
    /** Drawn as small marks on the keys row, not as bars: copies and pastes are few and brief. */
    CLIPBOARD(EventKind.CLIPBOARD);

    private final EventKind counted;

    ActivityTrack(EventKind counted) {
        this.counted = counted;
    }

    /** The one event kind this track counts. */
    public EventKind counted() {
        return counted;
    }
}
