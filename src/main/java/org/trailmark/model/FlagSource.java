package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** Who raised a flag: a reviewer by hand, an automatic detector, or the recorded person (data subject). */
public enum FlagSource {
    MANUAL, DETECTOR, SUBJECT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status a new flag from this source starts with: only a detector's guess needs confirming. */
    public FlagStatus initialStatus() {
        return this == DETECTOR ? FlagStatus.SUGGESTED : FlagStatus.CONFIRMED;
    }

    public static Optional<FlagSource> ofWireName(String name) {
        for (FlagSource s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
