package org.trailmark.ui.browser;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.trailmark.ui.common.Styles;

/**
 * What the table shows when the filters hide every session: which filters are to blame and a
 * button to clear each of them, or all.
 */
final class NoMatchesState extends VBox {
    static final String TITLE = "No session matches the filters";
    static final String CLEAR_ALL = "Clear all filters";

    private final SessionBrowserViewModel model;
    private final FlowPane buttons = new FlowPane(8, 8);

    NoMatchesState(SessionBrowserViewModel model) {
        super(10);
        this.model = model;
        setId(BrowserIds.NO_MATCHES);
        getStyleClass().add(Styles.EMPTY_STATE);
        setAlignment(Pos.CENTER);

        FontIcon icon = new FontIcon(MaterialDesignF.FILTER_OFF_OUTLINE);
        icon.getStyleClass().add(Styles.EMPTY_ICON);
        Label title = new Label(TITLE);
        title.getStyleClass().add(Styles.EMPTY_TITLE);
        Label message = new Label();
        message.setId(BrowserIds.NO_MATCHES_MESSAGE);
        message.getStyleClass().add(Styles.EMPTY_TEXT);
        message.setWrapText(true);
        message.setMaxWidth(560);
        message.textProperty().bind(model.noMatchesMessageProperty());
        buttons.setAlignment(Pos.CENTER);
        buttons.setMaxWidth(640);
        getChildren().setAll(icon, title, message, buttons);

        model.blockingFilters().addListener((ListChangeListener<SessionFilter.Part>) change -> fillButtons());
        fillButtons();
    }

    /** One button per blamed filter, when clearing just that one is a real choice; always "all". */
    private void fillButtons() {
        List<Node> nodes = new ArrayList<>();
        if (model.getFilter().parts().size() > 1) {
            for (SessionFilter.Part part : model.blockingFilters()) {
                Button one = new Button("Clear " + part.description());
                one.setOnAction(event -> model.clear(part.kind()));
                nodes.add(one);
            }
        }
        Button all = new Button(CLEAR_ALL, new FontIcon(MaterialDesignF.FILTER_REMOVE_OUTLINE));
        all.setOnAction(event -> model.clearFilters());
        nodes.add(all);
        buttons.getChildren().setAll(nodes);
    }
}
