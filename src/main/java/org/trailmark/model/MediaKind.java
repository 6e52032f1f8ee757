package org.trailmark.model;

import java.util.Locale;

/** What screen media a session carries: a video file, or a series of timestamped still images. */
public enum MediaKind {
    VIDEO, IMAGES;

    /** The lowercase word used in files and on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MediaKind fromKey(String key) {
        for (MediaKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown media kind: " + key);
    }
}
