package org.trailmark.ui.player;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;

/**
 * The typed text and the event inspector, either one above the other or, where that would leave
 * each a sliver, as two tabs taking the same narrow column: a click brings either to the front,
 * and neither takes width from the replay stage. The same two views move between the two
 * arrangements; nothing is rebuilt, so their scroll positions and selections stay.
 */
final class SidePanels extends StackPane {
    static final String TEXT_TAB = "Typed text";
    static final String EVENTS_TAB = "Events";
    private final Node typedText;
    private final Node inspector;
    private final SplitPane stacked = new SplitPane();
    private final TabPane tabs;
    private final Tab textTab = new Tab(TEXT_TAB);
    private final Tab eventsTab = new Tab(EVENTS_TAB);
    private double stackedDivider = 0.5;

    SidePanels(Node typedText, Node inspector) {
        this.typedText = typedText;
        this.inspector = inspector;
        stacked.setOrientation(Orientation.VERTICAL);
        tabs = new TabPane(textTab, eventsTab);
        tabs.setId(PlayerStyles.ID_SIDE_TABS);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        stack();
    }

    boolean isTabbed() {
        return getChildren().contains(tabs);
    }

    /** Tabs where the height is short; stacked, at the divider they were left at, otherwise. */
    void setTabbed(boolean tabbed) {
        if (tabbed == isTabbed()) {
            return;
        }
        if (tabbed) {
            stackedDivider = stacked.getDividerPositions()[0];
            stacked.getItems().clear();
            textTab.setContent(typedText);
            eventsTab.setContent(inspector);
            getChildren().setAll(tabs);
        } else {
            textTab.setContent(null);
            eventsTab.setContent(null);
            stack();
        }
    }

    private void stack() {
        stacked.getItems().setAll(typedText, inspector);
        stacked.setDividerPositions(stackedDivider);
        getChildren().setAll(stacked);
    }
}
