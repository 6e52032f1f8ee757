package org.trailmark.replay.playback;

import org.trailmark.model.EventKind;

/**
 * What "jump to the previous/next event" looks for. A press stands for a click or a key, so a
 * jump lands where the thing started; {@link #ANY} is every event, pointer moves included.
 */
public enum JumpKind {
    ANY("Any event", null),
    CLICK("Click", EventKind.BUTTON_DOWN),
    KEY("Key", EventKind.KEY_DOWN),
    SCROLL("Scroll", EventKind.WHEEL),
    FOCUS("Window focus", EventKind.FOCUS),
    FIELD("Field focus", EventKind.FIELD),
    PAUSE("Capture pause", EventKind.PAUSE),
    MARKER("Marker", EventKind.MARKER),
    CLIPBOARD("Copy or paste", EventKind.CLIPBOARD);

    private final String label;
    private final EventKind kind;

    JumpKind(String label, EventKind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    /** The event kind this jump stops at, or null for {@link #ANY}. */
    public EventKind eventKind() {
        return kind;
    }
}
