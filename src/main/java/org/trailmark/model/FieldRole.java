package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/**
 * The role of the input field that has keyboard focus, as reported by the capture tool.
 * {@link #NONE} means focus left every input field. The ordinal is stored, so append only.
 */
public enum FieldRole {
    NONE, TEXT, PASSWORD, SEARCH, EMAIL, NUMBER, URL, TEL, MULTILINE, TERMINAL, OTHER;

    /** {@code values()} copies its array at every call; text reconstruction asks at every key. */
    private static final FieldRole[] ALL = values();

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSecret() {
        return this == PASSWORD;
    }

    public static FieldRole ofIndex(int index) {
        return index >= 0 && index < ALL.length ? ALL[index] : OTHER;
    }

    public static Optional<FieldRole> ofWireName(String name) {
        for (FieldRole r : values()) {
            if (r.wireName().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
