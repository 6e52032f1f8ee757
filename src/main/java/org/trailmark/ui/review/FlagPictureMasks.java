package org.trailmark.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;
import org.trailmark.ui.player.PictureMasks;

/**
 * The player's picture masks from the review's flags: a flag over a whole span hides the whole
 * picture in it (named by its category), a region flag covers its area during its span; a flag
 * that was revealed in this window, or that does not mask (rejected, outside subject mode), hides
 * nothing. It is the one place the review decides this for pictures, so when the privacy layer's
 * own frame-mask builder exists this class is the one to hand over to it.
 */
final class FlagPictureMasks implements PictureMasks {
    private final List<Flag> whole;
    private final List<Flag> regions;

    private FlagPictureMasks(List<Flag> whole, List<Flag> regions) {
        this.whole = whole;
        this.regions = regions;
    }

    /**
     * @param maskEveryFlag subject mode: a rejected flag masks too
     * @param revealed      flags a reviewer revealed (an audited action), which stop masking
     */
    static PictureMasks of(List<Flag> flags, boolean maskEveryFlag, Set<Long> revealed) {
        List<Flag> whole = new ArrayList<>();
        List<Flag> regions = new ArrayList<>();
        for (Flag flag : flags) {
            if ((maskEveryFlag || flag.masks()) && !revealed.contains(flag.id())) {
                (flag.isRegion() ? regions : whole).add(flag);
            }
        }
        return whole.isEmpty() && regions.isEmpty() ? PictureMasks.NONE
                : new FlagPictureMasks(List.copyOf(whole), List.copyOf(regions));
    }

    @Override
    public FrameMask at(int sessionMs) {
        FlagCategory hiddenBy = null;
        for (Flag flag : whole) {
            if (covers(flag, sessionMs)) {
                hiddenBy = flag.category();
                break;
            }
        }
        if (hiddenBy != null) {
            return new FrameMask(hiddenBy, List.of());
        }
        List<ScreenRegion> areas = new ArrayList<>();
        for (Flag flag : regions) {
            if (covers(flag, sessionMs)) {
                areas.add(flag.region());
            }
        }
        return areas.isEmpty() ? FrameMask.NONE : new FrameMask(null, areas);
    }

    private static boolean covers(Flag flag, int ms) {
        return ms >= flag.startMs() && ms < flag.endMs();
    }
}
