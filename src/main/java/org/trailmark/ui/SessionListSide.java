package org.trailmark.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;

/**
 * The session list beside the player, shown or hidden (View ▸ Session list, Ctrl+B, the toolbar's
 * list button) as it was left. Hidden, the player takes the window's width; shown again, the list
 * comes back where its divider was. A first run in a window too narrow for both leaves the player
 * the room; once someone shows or hides the list, their choice is remembered and wins.
 */
final class SessionListSide {
    /** Narrower than this, a window opened for the first time leaves the player the list's width. */
    static final double LIST_SHOWN_FROM = 1500;
    private final BooleanProperty shown;
    private final SplitPane split;
    private final Node list;
    private final StudioViewModel model;
    /** Where the list's divider was before the list was hidden, to bring it back there. */
    private double shownDivider;
    /** Set while the window, not the user, hides the list: that is no choice to remember. */
    private boolean hidingByDefault;

    /** @param split the list (first) and the player, its divider already where it was left */
    SessionListSide(BooleanProperty shown, SplitPane split, Node list, StudioViewModel model) {
        this.shown = shown;
        this.split = split;
        this.list = list;
        this.model = model;
        shown.set(model.sessionListShown());
        show(shown.get());
        shown.addListener((obs, was, now) -> {
            if (!hidingByDefault) {
                model.setSessionListShown(now);
            }
            show(now);
        });
    }

    /**
     * When the first session opens with no remembered choice, in a window narrower than
     * {@link #LIST_SHOWN_FROM}, the list goes; until a session opens it stays, as a newcomer's
     * empty workspace shows its import buttons there.
     */
    void hideWhenASessionOpensIfNarrow(Region window) {
        if (model.sessionListChosen()) {
            return;
        }
        model.player().sessionProperty().addListener(new ChangeListener<Object>() {
            @Override
            public void changed(ObservableValue<?> obs, Object old, Object session) {
                if (session == null) {
                    return;
                }
                model.player().sessionProperty().removeListener(this);
                double width = window.getWidth() > 0 ? window.getWidth()
                        : window.getScene() == null ? 0 : window.getScene().getWidth();
                if (width > 0 && width < LIST_SHOWN_FROM && !model.sessionListChosen()) {
                    hidingByDefault = true;
                    shown.set(false);
                    hidingByDefault = false;
                }
            }
        });
    }

    /** Where the list's divider is (or was, while the list is hidden), for the preferences. */
    double divider() {
        return split.getItems().contains(list) ? split.getDividerPositions()[0] : shownDivider;
    }

    private void show(boolean show) {
        boolean showing = split.getItems().contains(list);
        if (show && !showing) {
            split.getItems().add(0, list);
            split.setDividerPositions(shownDivider);
        } else if (!show && showing) {
            shownDivider = split.getDividerPositions()[0];
            split.getItems().remove(list);
        }
    }
}
