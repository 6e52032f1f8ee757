package org.trailmark.ui.player;

import java.util.List;
import org.trailmark.model.PointerButton;

/**
 * What the replay stage draws at one moment, in capture coordinates, with each mark's age as a
 * fraction of its lifetime (0 new, 1 gone) so the painter only maps ages to opacity.
 *
 * @param trailX      pointer positions of the recent past, oldest first
 * @param trailAge    each position's age, 0..1
 * @param trailLength how many of the arrays' entries are used
 * @param title       the focused window's title, or null when there is none or it is hidden
 * @param titleHidden the title is one the player hides (see {@link MaskedTitles}); it is not in here
 */
record StageSnapshot(boolean pointerKnown, int pointerX, int pointerY, int buttons, float[] trailX, float[] trailY,
                     float[] trailAge, int trailLength, List<Ripple> ripples, List<DragLine> drags,
                     List<ScrollMark> scrolls, String app, String title, boolean titleHidden,
                     boolean paused) {

    /** A button press; {@code doubleClick} when it was the second press of a double-click. */
    record Ripple(int x, int y, PointerButton button, boolean doubleClick, double age) {
    }

    /** A press moved by more than the click slop: {@code active} while the button is still held. */
    record DragLine(int fromX, int fromY, int toX, int toY, PointerButton button, boolean active, double age) {
    }

    /** A wheel burst at one place, its notches summed. */
    record ScrollMark(int x, int y, int dx, int dy, double age) {
    }

    @Override
    public String toString() {
        // the title is captured content
        return "StageSnapshot[pointer=" + pointerX + "," + pointerY + ", trail=" + trailLength + ", ripples="
                + ripples.size() + ", drags=" + drags.size() + ", scrolls=" + scrolls.size() + "]";
    }
}
