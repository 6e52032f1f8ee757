package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** What kind of sensitive material a flag covers. Stored by wire name, so names never change. */
public enum FlagCategory {
    PASSWORD, CREDENTIAL, PERSONAL_DATA, THIRD_PARTY, PRIVATE, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case PASSWORD -> "Password";
            case CREDENTIAL -> "Credential / secret";
            case PERSONAL_DATA -> "Personal data";
            case THIRD_PARTY -> "Third-party data";
            case PRIVATE -> "Private / off-task";
            case OTHER -> "Other";
        };
    }

    public static Optional<FlagCategory> ofWireName(String name) {
        for (FlagCategory c : values()) {
            if (c.wireName().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
