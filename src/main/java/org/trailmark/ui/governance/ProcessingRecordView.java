package org.trailmark.ui.governance;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.trailmark.governance.RecordSections;

/** The record of processing as a page: a card per section, its groups as label–value rows. */
public final class ProcessingRecordView extends BorderPane {
    private static final double LABEL_WIDTH = 340;

    private final ProcessingRecordViewModel model;
    private final VBox sections = new VBox(14);

    public ProcessingRecordView(ProcessingRecordViewModel model) {
        this.model = model;
        setId(GovernanceStyles.ID_PAGE);
        getStyleClass().add(GovernanceStyles.PAGE);
        GovernanceStyles.use(this);

        Label title = new Label("Records of processing");
        title.getStyleClass().add(GovernanceStyles.TITLE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button refresh = new Button("Refresh", new FontIcon(MaterialDesignR.REFRESH));
        refresh.setId(GovernanceStyles.ID_REFRESH);
        refresh.setOnAction(e -> model.refresh());
        Button save = new Button("Save as HTML\u2026", new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        save.setId(GovernanceStyles.ID_SAVE);
        save.setMnemonicParsing(false);
        save.disableProperty().bind(model.readyProperty().not());
        save.setOnAction(e -> model.saveAsHtml());
        HBox bar = new HBox(8, title, gap, refresh, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 8, 16));

        Label message = new Label();
        message.setId(GovernanceStyles.ID_MESSAGE);
        message.getStyleClass().add(GovernanceStyles.MESSAGE);
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        setTop(new VBox(bar, message));
        BorderPane.setMargin(getTop(), Insets.EMPTY);
        VBox.setMargin(message, new Insets(0, 16, 8, 16));

        sections.setId(GovernanceStyles.ID_SECTIONS);
        sections.setPadding(new Insets(4, 16, 16, 16));
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(GovernanceStyles.PAGE);
        setCenter(scroll);
        model.sections().addListener((ListChangeListener<RecordSections.Section>) change -> rebuild());
        rebuild();
    }

    public ProcessingRecordViewModel getModel() {
        return model;
    }

    private void rebuild() {
        List<VBox> cards = model.sections().stream().map(ProcessingRecordView::card).toList();
        sections.getChildren().setAll(cards);
    }

    private static VBox card(RecordSections.Section section) {
        VBox card = new VBox(6);
        card.getStyleClass().add(GovernanceStyles.SECTION);
        Label title = new Label(section.title());
        title.getStyleClass().add(GovernanceStyles.SECTION_TITLE);
        title.setWrapText(true);
        card.getChildren().add(title);
        for (RecordSections.Group group : section.groups()) {
            if (!group.heading().isEmpty()) {
                Label heading = new Label(group.heading());
                heading.getStyleClass().add(GovernanceStyles.GROUP_HEADING);
                card.getChildren().add(heading);
            }
            if (group.rows().isEmpty()) {
                Label empty = new Label(group.empty());
                empty.getStyleClass().add(GovernanceStyles.EMPTY);
                card.getChildren().add(empty);
            } else {
                card.getChildren().add(rows(group.rows()));
            }
        }
        return card;
    }

    private static GridPane rows(List<RecordSections.Row> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(3);
        ColumnConstraints label = new ColumnConstraints(LABEL_WIDTH);
        ColumnConstraints value = new ColumnConstraints();
        value.setHgrow(Priority.ALWAYS);
        value.setFillWidth(true);
        grid.getColumnConstraints().setAll(label, value);
        for (int i = 0; i < rows.size(); i++) {
            Label l = new Label(rows.get(i).label());
            l.getStyleClass().add(GovernanceStyles.ROW_LABEL);
            l.setWrapText(true);
            Label v = new Label(rows.get(i).value());
            v.getStyleClass().add(GovernanceStyles.ROW_VALUE);
            v.setWrapText(true);
            v.setMinHeight(Region.USE_PREF_SIZE);
            grid.addRow(i, l, v);
        }
        return grid;
    }
}
