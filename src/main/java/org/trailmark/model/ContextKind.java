package org.trailmark.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a context span (from a tracker that records no input, like ActivityWatch) says about a stretch
 * of a session: which window had focus, that the person was away, or which browser tab was shown.
 */
public enum ContextKind {
    WINDOW("window"),
    AFK("afk"),
    WEB("web");

    private final String key;

    ContextKind(String key) {
        this.key = key;
    }

    /** The stored and printed name. */
    public String key() {
        return key;
    }

    public static Optional<ContextKind> ofKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }
}
