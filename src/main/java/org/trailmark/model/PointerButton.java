package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** Pointer buttons; the ordinal is stored, so append only. */
public enum PointerButton {
    LEFT, RIGHT, MIDDLE, BACK, FORWARD, OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PointerButton ofIndex(int index) {
        PointerButton[] all = values();
        return index >= 0 && index < all.length ? all[index] : OTHER;
    }

    public static Optional<PointerButton> ofWireName(String name) {
        for (PointerButton b : values()) {
            if (b.wireName().equals(name)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
