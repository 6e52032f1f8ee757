package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a reviewer stands behind a flag. Detectors propose ({@link #SUGGESTED}); a reviewer
 * confirms or rejects. A rejected flag stays on record but no longer masks or redacts.
 */
public enum FlagStatus {
    SUGGESTED, CONFIRMED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case SUGGESTED -> "Suggested";
            case CONFIRMED -> "Confirmed";
            case REJECTED -> "Rejected";
        };
    }

    public static Optional<FlagStatus> ofWireName(String name) {
        for (FlagStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
