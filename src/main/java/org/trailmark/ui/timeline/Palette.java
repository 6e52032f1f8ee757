package org.trailmark.ui.timeline;

import javafx.scene.paint.Color;

/** The colours of one paint, as the view's CSS resolved them. */
@FunctionalInterface
interface Palette {
    Color get(TimelineColour colour);
}
