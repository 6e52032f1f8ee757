package org.trailmark.export;

import java.util.List;
import java.util.function.IntFunction;
import org.trailmark.model.Flag;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;

/**
 * How masks reach pictures, for everything that writes a picture out of Trailmark (the exporter and
 * the {@code frame} command): which parts of the screen a session's flags hide at a moment, and how
 * a hidden part is painted over. One implementation serves the studio, the exporter and the command
 * line, so they all show the same; nothing here reveals a flag (masked stays masked).
 */
public interface ScreenMasking {
    /** The masks the studio paints: {@code privacy.ScreenMasks} and {@code media.MaskPainter}. */
    static ScreenMasking standard() {
        return new StandardScreenMasking();
    }

    /** What must not be seen at each session time, for a session with these flags and nothing revealed. */
    IntFunction<FrameMask> masksOf(List<Flag> flags);

    /** Paints a mask into opaque ARGB pixels in place; the frame shows {@code media}'s captured area. */
    void burn(int[] argb, int width, int height, ScreenMedia media, FrameMask mask);

    /**
     * Whether a pixel is one that painting a region leaves behind (its fill or its border): inside a
     * masked region no other pixel may appear.
     */
    boolean isMaskPixel(int argb);
}
