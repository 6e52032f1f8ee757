package org.trailmark.ui.browser;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;

/**
 * What a newcomer sees in an empty workspace: what to do next, with the buttons to do it. Without
 * buttons (subject mode, where nobody imports) it says only that there is nothing of theirs.
 */
final class EmptyState extends VBox {
    static final String TITLE = "No sessions yet";
    static final String HINT = "File ▸ Import… or drop capture files here";
    static final String NOTHING_LISTED = "No sessions of yours here";

    EmptyState(List<Node> actions) {
        super(12);
        setId(NodeIds.EMPTY_STATE);
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);

        FontIcon icon = new FontIcon(MaterialDesignT.TRAY_ARROW_DOWN);
        icon.getStyleClass().add(Styles.EMPTY_ICON);
        // no import buttons means nobody here may import (subject mode): pointing at File ▸ Import… would mislead
        boolean canImport = !actions.isEmpty();
        Label title = new Label(canImport ? TITLE + " — " + HINT : NOTHING_LISTED);
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        title.setWrapText(true);
        Label text = new Label(canImport
                ? "Trailmark reads native captures (.jsonl, .jsonl.gz) and DuckTrack or AgentNet "
                + "recording folders. Each import adds whole sessions or nothing, and importing the same "
                + "session twice does not duplicate it."
                : "None of the sessions in this workspace were recorded under your id, or they were erased.");
        text.getStyleClass().add(Styles.EMPTY_TEXT);
        text.setWrapText(true);
        text.setMaxWidth(520);
        HBox buttons = new HBox(10);
        buttons.setAlignment(Pos.CENTER);
        buttons.getChildren().setAll(actions);
        getChildren().setAll(icon, title, text, buttons);
    }
}
