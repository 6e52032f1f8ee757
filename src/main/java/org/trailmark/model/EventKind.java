package org.trailmark.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of captured input events. The wire names are the ones written in the native
 * capture format and printed by the command line; the byte code is the stored column value and
 * must never be renumbered (it lives in workspace files).
 */
public enum EventKind {
    POINTER_MOVE("pointer_move", 0),
    BUTTON_DOWN("button_down", 1),
    BUTTON_UP("button_up", 2),
    WHEEL("wheel", 3),
    KEY_DOWN("key_down", 4),
    KEY_UP("key_up", 5),
    FOCUS("focus", 6),
    FIELD("field", 7),
    PAUSE("pause", 8),
    RESUME("resume", 9),
    MARKER("marker", 10),
    /** Something was copied, cut or pasted: a = number of characters, b = string id of the text or NO_STRING. */
    CLIPBOARD("clipboard", 11);

    private static final EventKind[] BY_CODE = new EventKind[values().length];
    private static final Map<String, EventKind> BY_WIRE_NAME = new HashMap<>();

    static {
        for (EventKind kind : values()) {
            BY_CODE[kind.code] = kind;
            BY_WIRE_NAME.put(kind.wireName, kind);
        }
    }

    private final String wireName;
    private final byte code;

    EventKind(String wireName, int code) {
        this.wireName = wireName;
        this.code = (byte) code;
    }

    public String wireName() {
        return wireName;
    }

    public byte code() {
        return code;
    }

    public boolean isPointer() {
        return this == POINTER_MOVE || this == BUTTON_DOWN || this == BUTTON_UP || this == WHEEL;
    }

    public boolean isKey() {
        return this == KEY_DOWN || this == KEY_UP;
    }

    public static EventKind ofCode(byte code) {
        if (code < 0 || code >= BY_CODE.length) {
            throw new IllegalArgumentException("unknown event kind code " + code);
        }
        return BY_CODE[code];
    }

    public static Optional<EventKind> ofWireName(String name) {
        return Optional.ofNullable(BY_WIRE_NAME.get(name));
    }
}
