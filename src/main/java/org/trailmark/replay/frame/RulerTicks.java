package org.trailmark.replay.frame;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.replay.TimeRuler;

/** The ticks of a time ruler for one frame: labelled major ticks and unlabelled minor ones between. */
final class RulerTicks {
    /** Labels need room for "1:05:00.250" at a small font. */
    static final double MIN_LABEL_SPACING_PX = 90;
    static final double MIN_MINOR_SPACING_PX = 12;

    private RulerTicks() {
    }

    static List<Tick> of(PixelScale scale) {
        if (scale.width() == 0) {
            return List.of();
        }
        long major = TimeRuler.tickStepMs(scale.msPerPixel(), MIN_LABEL_SPACING_PX);
        long minor = minorStep(scale.msPerPixel(), major);
        List<Tick> ticks = new ArrayList<>();
        long first = Math.max(0, TimeRuler.firstTickMs(scale.fromMs(), minor));
        for (long ms = first; ms < scale.toMs(); ms += minor) {
            String label = ms % major == 0 ? TimeRuler.tickLabel(ms, major) : null;
            ticks.add(new Tick(scale.xAt(ms), ms, label));
        }
        return ticks;
    }

    /** The finest nice step at least the minor spacing apart that divides the major step evenly. */
    private static long minorStep(double msPerPixel, long major) {
        long step = TimeRuler.tickStepMs(msPerPixel, MIN_MINOR_SPACING_PX);
        while (step < major && major % step != 0) {
            // the next nice step above this one
            step = TimeRuler.tickStepMs(1, step + 1);
        }
        return Math.min(step, major);
    }
}
