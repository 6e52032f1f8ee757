package org.trailmark.export;

import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.trailmark.media.MaskPainter;
import org.trailmark.model.Flag;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.privacy.ScreenMasks;

/** The studio's masks for pictures leaving Trailmark: {@link ScreenMasks} with nothing revealed, painted by {@link MaskPainter}. */
final class StandardScreenMasking implements ScreenMasking {
    @Override
    public IntFunction<FrameMask> masksOf(List<Flag> flags) {
        return ScreenMasks.of(flags, Set.of())::at;
    }

    @Override
    public void burn(int[] argb, int width, int height, ScreenMedia media, FrameMask mask) {
        MaskPainter.paint(argb, width, height, mask, media.capturedArea());
    }

    @Override
    public boolean isMaskPixel(int argb) {
        return argb == MaskPainter.FILL || argb == MaskPainter.BORDER;
    }
}
