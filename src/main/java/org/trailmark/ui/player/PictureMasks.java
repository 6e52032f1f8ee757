package org.trailmark.ui.player;

import org.trailmark.model.FrameMask;

/**
 * What of the screen the player must not show at a moment: the whole picture inside a flagged
 * or private span that was not revealed, and the areas of region flags. The review sets it from
 * the session's flags (see {@code ui.review.ReviewTracks}).
 */
@FunctionalInterface
public interface PictureMasks {
    PictureMasks NONE = sessionMs -> FrameMask.NONE;

    FrameMask at(int sessionMs);
}
