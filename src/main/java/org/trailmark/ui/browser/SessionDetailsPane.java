package org.trailmark.ui.browser;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.common.Styles;

/** The figures of the selected session: overview, then events per kind with a share bar. */
final class SessionDetailsPane extends ScrollPane {
    private static final double BAR_WIDTH = 120;

    private final VBox content = new VBox(10);

    SessionDetailsPane(SessionBrowserViewModel model) {
        setId(NodeIds.DETAILS);
        getStyleClass().add(Styles.DETAILS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add(Styles.CARD);
        setContent(content);
        model.detailsProperty().addListener((obs, old, details) -> show(details));
        show(model.getDetails());
    }

    private void show(SessionDetails details) {
        if (details == null) {
            Label hint = new Label("Select a session to see what it holds.");
            hint.getStyleClass().add(Styles.MUTED);
            hint.setWrapText(true);
            content.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(details.id());
        title.getStyleClass().add(Styles.DETAILS_TITLE);
        title.setWrapText(true);
        Label subtitle = new Label(details.subtitle());
        subtitle.getStyleClass().add(Styles.DETAILS_SUBTITLE);
        subtitle.setWrapText(true);
        content.getChildren().setAll(new VBox(2, title, subtitle),
                sectionTitle("Overview"), overview(details),
                sectionTitle("Events by kind"), counts(details));
    }

    private static Label sectionTitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private static GridPane overview(SessionDetails details) {
        GridPane grid = grid();
        grid.getColumnConstraints().setAll(labelColumn(), growingColumn());
        int row = 0;
        for (SessionDetails.Figure figure : details.figures()) {
            if (figure.label().equals("Session")) {
                continue; // already the title
            }
            Label value = new Label(figure.value());
            value.getStyleClass().add(Styles.FIGURE_VALUE);
            value.setWrapText(true);
            grid.addRow(row++, figureLabel(figure.label()), value);
        }
        return grid;
    }

    private static GridPane counts(SessionDetails details) {
        GridPane grid = grid();
        ColumnConstraints number = new ColumnConstraints();
        number.setHalignment(HPos.RIGHT);
        number.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(labelColumn(), number, new ColumnConstraints());
        int row = 0;
        for (SessionDetails.KindCount count : details.counts()) {
            Label name = figureLabel(count.name());
            Label value = new Label(count.countText());
            value.getStyleClass().addAll(Styles.FIGURE_VALUE, Styles.NUMERIC);
            if (count.count() == 0) {
                value.getStyleClass().add(Styles.COUNT_ZERO);
            }
            grid.addRow(row++, name, value, shareBar(count.share()));
        }
        return grid;
    }

    /** A bar as long as the kind's share of all events; never zero-width when the kind occurs. */
    private static StackPane shareBar(double share) {
        Region fill = new Region();
        fill.getStyleClass().add(Styles.COUNT_BAR);
        double width = share <= 0 ? 0 : Math.max(2, share * BAR_WIDTH);
        fill.setMinSize(width, 8);
        fill.setPrefSize(width, 8);
        fill.setMaxSize(width, 8);
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinWidth(BAR_WIDTH);
        track.setPrefWidth(BAR_WIDTH);
        return track;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(4);
        return grid;
    }

    private static ColumnConstraints labelColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(Region.USE_PREF_SIZE);
        c.setHalignment(HPos.LEFT);
        return c;
    }

    private static ColumnConstraints growingColumn() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setFillWidth(true);
        return c;
    }

    private static Label figureLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIGURE_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
