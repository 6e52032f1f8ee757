package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** Why someone looked at a recorded session: what the recorded person is told, next to who and when. */
public enum AccessPurpose {
    /** Labelling and reviewing before a session may become training data. */
    REVIEW("review"),
    /** Settling the differences between two labelers' versions. */
    ADJUDICATION("adjudication"),
    /** Putting sessions into a training set, a labels file or a picture. */
    EXPORT("export"),
    /** The recorded person looking at or downloading their own data. */
    SUBJECT_SELF_ACCESS("subject self-access");

    private final String label;

    AccessPurpose(String label) {
        this.label = label;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** In words: "review", "subject self-access". */
    public String label() {
        return label;
    }

    public static Optional<AccessPurpose> ofWireName(String name) {
        for (AccessPurpose p : values()) {
            if (p.wireName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
