package org.trailmark.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of a workspace's task label set.
 *
 * @param colour  {@code #rrggbb}
 * @param hotkey  the digit key 1–9 that picks it, or 0 for none
 */
public record Label(String name, String colour, int hotkey) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public Label {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(colour, "colour");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a label needs a name");
        }
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("label colour must look like #3a7bd5");
        }
        if (hotkey < 0 || hotkey > 9) {
            throw new IllegalArgumentException("label hotkey must be 1 to 9, or 0 for none");
        }
        colour = colour.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean hasHotkey() {
        return hotkey != 0;
    }
}
