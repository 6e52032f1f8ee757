package org.trailmark.model;

import java.util.List;
import java.util.Objects;

/**
 * What must not be seen of the screen at one moment: the whole picture when a flagged or private
 * span covers it ({@code hiddenBy} names the flag's category), and the areas of region flags.
 *
 * @param hiddenBy the category of the flag hiding the whole picture, or null when it may be shown
 * @param regions  areas to cover, in screen pixels of the captured display
 */
public record FrameMask(FlagCategory hiddenBy, List<ScreenRegion> regions) {
    public static final FrameMask NONE = new FrameMask(null, List.of());

    public FrameMask {
        regions = List.copyOf(Objects.requireNonNull(regions, "regions"));
    }

    public boolean hidesWholePicture() {
        return hiddenBy != null;
    }

    public boolean isEmpty() {
        return hiddenBy == null && regions.isEmpty();
    }
}
