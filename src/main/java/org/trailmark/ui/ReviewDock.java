package org.trailmark.ui;

import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.Region;
import org.trailmark.ui.player.SessionPlayerView;

/**
 * Where the review panel sits, as video editors place their panels: below the player while the
 * player's area is narrow, and in a column to the right of it, the area's whole height, once the
 * area is wide enough to spare the column (the session list hidden on a laptop, or a wide screen).
 * In the column the typed text and the event inspector go above the panel as tabs, so the replay
 * stage gets the player's width and height both. The same views move between the places on every
 * resize or toggle of the session list; each divider comes back where it was left.
 */
final class ReviewDock {
    /** The player's area from which on the review panel docks to its right. */
    static final double DOCK_RIGHT_FROM = 1100;
    /** The right column's width at first: the review tables' headers and buttons whole. */
    static final double COLUMN_WIDTH = 440;
    static final double COLUMN_MIN_WIDTH = 380;
    private final SplitPane split;
    private final SplitPane column = new SplitPane();
    private final SessionPlayerView player;
    private final Region panel;
    /** The player/review divider while the panel is below; the one the preferences keep. */
    private double belowDivider;
    private double columnWidth = COLUMN_WIDTH;
    private double columnDivider = 0.4;
    private boolean right;

    ReviewDock(SessionPlayerView player, Region panel, double belowDivider) {
        this.player = player;
        this.panel = panel;
        this.belowDivider = belowDivider;
        split = new SplitPane(player, panel);
        split.setId(MainWindow.ID_REVIEW_SPLIT);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(belowDivider);
        // a taller window gives its height to the player's stage, a wider one its width; the
        // review's tables keep their size
        SplitPane.setResizableWithParent(panel, false);
        SplitPane.setResizableWithParent(column, false);
        column.setOrientation(Orientation.VERTICAL);
        column.setMinWidth(COLUMN_MIN_WIDTH);
        split.widthProperty().addListener((obs, old, width) -> dock(width.doubleValue() >= DOCK_RIGHT_FROM));
    }

    /** The split holding the player and the review panel, for the window to place. */
    SplitPane node() {
        return split;
    }

    boolean dockedRight() {
        return right;
    }

    /** Where the player/review divider is, or was while the panel is in the right column. */
    double belowDivider() {
        return right ? belowDivider : split.getDividerPositions()[0];
    }

    private void dock(boolean toRight) {
        if (toRight == right) {
            return;
        }
        right = toRight;
        if (toRight) {
            belowDivider = split.getDividerPositions()[0];
            split.getItems().remove(panel);
            column.getItems().setAll(player.releaseSidePanels(), panel);
            column.setDividerPositions(columnDivider);
            split.setOrientation(Orientation.HORIZONTAL);
            split.getItems().add(column);
            split.setDividerPositions(1 - columnWidth / split.getWidth());
        } else {
            columnWidth = column.getWidth() > 0 ? column.getWidth() : columnWidth;
            columnDivider = column.getDividerPositions()[0];
            split.getItems().remove(column);
            column.getItems().clear();
            player.reclaimSidePanels();
            split.setOrientation(Orientation.VERTICAL);
            split.getItems().add(panel);
            split.setDividerPositions(belowDivider);
        }
    }
}
