package org.trailmark.ui.player;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.trailmark.replay.KeyStroke;
import org.trailmark.replay.ReplayState;

/**
 * The last keys and shortcuts as key caps over the stage, like a screencast overlay. A key stays
 * clear for {@value #HOLD_MS} ms of real time and then fades out over {@value #FADE_MS} ms; ages
 * are session time divided by the speed, so the overlay reads the same at 1× and at 64×. Keys
 * typed into a password field arrive as bullets from the replay engine.
 */
final class KeyHudView extends HBox {
    static final double HOLD_MS = 1500;
    static final double FADE_MS = 2500;

    private final PlayerViewModel model;
    private List<KeyStroke> shown = List.of();

    KeyHudView(PlayerViewModel model) {
        super(6);
        this.model = model;
        setId(PlayerStyles.ID_HUD);
        getStyleClass().add(PlayerStyles.KEY_HUD);
        setAlignment(Pos.CENTER);
        setMouseTransparent(true);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        model.recentKeysProperty().addListener((obs, old, keys) -> rebuild(keys));
        model.stateProperty().addListener((obs, old, state) -> fade(state));
    }

    private void rebuild(List<KeyStroke> keys) {
        if (sameStrokes(keys, shown)) {
            return;
        }
        shown = keys;
        // the caps are made once and relabelled: new labels every keystroke would cost a CSS pass each
        while (getChildren().size() < keys.size()) {
            Label cap = new Label();
            cap.getStyleClass().add(PlayerStyles.KEY_CAP);
            getChildren().add(cap);
        }
        for (int i = 0; i < getChildren().size(); i++) {
            Label cap = (Label) getChildren().get(i);
            if (i < keys.size()) {
                cap.setText(keys.get(i).label());
                if (keys.get(i).secret()) {
                    if (!cap.getStyleClass().contains(PlayerStyles.KEY_CAP_SECRET)) {
                        cap.getStyleClass().add(PlayerStyles.KEY_CAP_SECRET);
                    }
                } else {
                    cap.getStyleClass().remove(PlayerStyles.KEY_CAP_SECRET);
                }
            }
        }
        fade(model.getState());
    }

    private void fade(ReplayState state) {
        boolean any = false;
        for (int i = 0; i < getChildren().size(); i++) {
            double opacity = state == null || i >= shown.size() ? 0
                    : opacity(state.timeMs() - shown.get(i).timeMs(), model.getSpeed());
            var cap = getChildren().get(i);
            if (cap.getOpacity() != opacity) {
                cap.setOpacity(opacity);
            }
            boolean on = opacity > 0;
            if (cap.isVisible() != on) {
                cap.setVisible(on);
                cap.setManaged(on);
            }
            any |= on;
        }
        if (isVisible() != any) {
            setVisible(any);
        }
    }

    /** Opacity of a key pressed {@code sessionAgeMs} ago at {@code speed}. */
    static double opacity(double sessionAgeMs, double speed) {
        double wallAge = sessionAgeMs / Math.max(speed, 1e-6);
        if (wallAge < 0) {
            return 0;
        }
        if (wallAge <= HOLD_MS) {
            return 1;
        }
        return Math.max(0, 1 - (wallAge - HOLD_MS) / FADE_MS);
    }

    private static boolean sameStrokes(List<KeyStroke> a, List<KeyStroke> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i).eventIndex() != b.get(i).eventIndex()) {
                return false;
            }
        }
        return true;
    }
}
