package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** What a subject may consent to: being recorded at all, and having the recordings used to train models. */
public enum ConsentPurpose {
    CAPTURE, TRAINING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ConsentPurpose> ofWireName(String name) {
        for (ConsentPurpose p : values()) {
            if (p.wireName().equals(name)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
