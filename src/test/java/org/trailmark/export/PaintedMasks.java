package org.trailmark.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import org.trailmark.model.Flag;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;

/**
 * The masking rules the exporter relies on, for tests: a masking span flag hides the whole picture, a
 * masking region flag covers its area with one flat colour (rounded outwards).
 */
final class PaintedMasks implements ScreenMasking {
    static final int FILL = 0xFF8A8F98;

    @Override
    public IntFunction<FrameMask> masksOf(List<Flag> flags) {
        return t -> {
            List<ScreenRegion> regions = new ArrayList<>();
            for (Flag f : flags) {
                if (f.masks() && f.contains(t)) {
                    if (!f.isRegion()) {
                        return new FrameMask(f.category(), List.of());
                    }
                    regions.add(f.region());
                }
            }
            return regions.isEmpty() ? FrameMask.NONE : new FrameMask(null, regions);
        };
    }

    @Override
    public void burn(int[] argb, int width, int height, ScreenMedia media, FrameMask mask) {
        if (mask.hidesWholePicture()) {
            Arrays.fill(argb, FILL);
            return;
        }
        double sx = (double) width / media.width();
        double sy = (double) height / media.height();
        for (ScreenRegion r : mask.regions()) {
            int x0 = Math.max(0, (int) Math.floor(media.frameX(r.x()) * sx));
            int y0 = Math.max(0, (int) Math.floor(media.frameY(r.y()) * sy));
            int x1 = Math.min(width, (int) Math.ceil(media.frameX(r.right()) * sx));
            int y1 = Math.min(height, (int) Math.ceil(media.frameY(r.bottom()) * sy));
            for (int y = y0; y < y1; y++) {
                Arrays.fill(argb, y * width + x0, y * width + Math.max(x0, x1), FILL);
            }
        }
    }

    @Override
    public boolean isMaskPixel(int argb) {
        return argb == FILL;
    }
}
