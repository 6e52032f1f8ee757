package org.trailmark.ui.player;

import java.util.Locale;
import javafx.scene.paint.Color;

/** The stage's colours, each a CSS property of {@code .tm-replay-stage} (see styles/player.css). */
enum StageColour {
    BACKGROUND("#e9edf3"),
    SCREEN("#ffffff"),
    SCREEN_BORDER("#b9c3d1"),
    SCREEN_TEXT("#5d6878"),
    POINTER("#1d2430"),
    POINTER_OUTLINE("#ffffff"),
    TRAIL("#2a62d4"),
    LEFT("#2a62d4"),
    RIGHT("#e8772e"),
    MIDDLE("#4f9a48"),
    DOUBLE("#a64bd4"),
    DRAG("#d9534f"),
    SCROLL("#3f9c95"),
    CAPTION("#1d2430"),
    CAPTION_TEXT("#ffffff"),
    PAUSED("#8a5a00"),
    /** The neutral fill over a hidden picture, the grey exports burn in (the same in both themes). */
    MASK("#808080"),
    MASK_TEXT("#ffffff"),
    /** The outline of a region flag's area. */
    REGION("#d9534f"),
    /** The "no picture" note's background. */
    NOTE("#1d2430");

    private final Color fallback;

    StageColour(String fallback) {
        this.fallback = Color.web(fallback);
    }

    Color fallback() {
        return fallback;
    }

    String cssProperty() {
        return "-tm-stage-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
