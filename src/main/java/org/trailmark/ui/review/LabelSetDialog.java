package org.trailmark.ui.review;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * Edits the workspace's label set: a row per label with its name, colour and hotkey (0 for
 * none). The result is checked by the review service (distinct names and hotkeys), which says
 * what is wrong.
 */
final class LabelSetDialog extends Dialog<List<org.trailmark.model.Label>> {
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final GridPane grid = new GridPane();

    private record Row(TextField name, ColorPicker colour, Spinner<Integer> hotkey) {
    }

    LabelSetDialog(List<org.trailmark.model.Label> current) {
        setTitle("Label set");
        setHeaderText("Task labels of this workspace: name, colour and the digit key that picks them");
        grid.setHgap(8);
        grid.setVgap(6);
        for (org.trailmark.model.Label label : current) {
            addRow(label.name(), Color.web(label.colour()), label.hotkey());
        }
        Button add = new Button("Add label");
        add.setOnAction(e -> addRow("", Color.web("#6f93e6"), 0));
        // a long label set scrolls; the dialog's buttons stay on the screen
        ScrollPane rowsPane = new ScrollPane(grid);
        rowsPane.setFitToWidth(true);
        rowsPane.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(rowsPane, Priority.ALWAYS);
        VBox content = new VBox(10, rowsPane, new HBox(add));
        content.setPadding(new Insets(12));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        setResultConverter(b -> b == ButtonType.OK ? result() : null);
        rebuild();
    }

    private void addRow(String name, Color colour, int hotkey) {
        TextField field = new TextField(name);
        field.setPromptText("name");
        rows.add(new Row(field, new ColorPicker(colour), new Spinner<>(0, 9, hotkey)));
        rebuild();
    }

    private void rebuild() {
        grid.getChildren().clear();
        grid.addRow(0, new Label("Name"), new Label("Colour"), new Label("Hotkey"));
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Button remove = new Button("Remove");
            remove.setOnAction(e -> {
                rows.remove(row);
                rebuild();
            });
            row.hotkey().setPrefWidth(70);
            grid.addRow(i + 1, row.name(), row.colour(), row.hotkey(), remove);
        }
    }

    private List<org.trailmark.model.Label> result() {
        List<org.trailmark.model.Label> labels = new ArrayList<>();
        for (Row row : rows) {
            String name = row.name().getText().strip();
            if (!name.isEmpty()) {
                labels.add(new org.trailmark.model.Label(name, hex(row.colour().getValue()), row.hotkey().getValue()));
            }
        }
        return labels;
    }

    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
