package org.trailmark.ui.review;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.trailmark.model.FlagCategory;
import org.trailmark.replay.TimeSpan;
import org.trailmark.ui.common.WindowLimits;
import org.trailmark.ui.common.WindowPlacement;

/** The review panel's dialogs, owned by the panel's window. */
final class FxReviewPrompts implements ReviewPrompts {
    private final Node owner;

    FxReviewPrompts(Node owner) {
        this.owner = owner;
    }

    @Override
    public Optional<String> reviewerName() {
        TextInputDialog dialog = new TextInputDialog(System.getProperty("user.name", ""));
        dialog.setTitle("Reviewer");
        dialog.setHeaderText("Who is reviewing? The name goes into the audit log and is remembered.");
        own(dialog);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public Optional<FlagChoice> flag() {
        Dialog<FlagChoice> dialog = new Dialog<>();
        dialog.setTitle("Flag span");
        dialog.setHeaderText("What does this span hold?");
        ComboBox<FlagCategory> category = categoryBox(FlagCategory.PERSONAL_DATA);
        TextField reason = new TextField();
        reason.setPromptText("why (optional; not what was typed)");
        GridPane grid = formGrid();
        grid.addRow(0, new Label("Category"), category);
        grid.addRow(1, new Label("Reason"), reason);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new FlagChoice(category.getValue(), reason.getText()) : null);
        own(dialog);
        return dialog.showAndWait();
    }

    /** The categories a flag can take, by their labels, with one chosen to begin with. */
    private static ComboBox<FlagCategory> categoryBox(FlagCategory chosen) {
        ComboBox<FlagCategory> category = new ComboBox<>();
        category.getItems().setAll(FlagCategory.values());
        category.getSelectionModel().select(chosen);
        category.setConverter(new StringConverter<>() {
            @Override
            public String toString(FlagCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public FlagCategory fromString(String s) {
                return null;
            }
        });
        return category;
    }

    private static GridPane formGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        return grid;
    }

    @Override
    public Optional<RegionChoice> region(TimeSpan proposed, long durationMs) {
        Dialog<RegionChoice> dialog = new Dialog<>();
        dialog.setTitle("Flag region");
        dialog.setHeaderText("What does this area of the screen show? It is masked over the stretch below.");
        ComboBox<FlagCategory> category = categoryBox(FlagCategory.THIRD_PARTY);
        TextField reason = new TextField();
        reason.setPromptText("why (optional; not what it shows)");
        reason.setPrefColumnCount(24);
        TextField from = new TextField(SpanFields.format(proposed.startMs()));
        TextField to = new TextField(SpanFields.format(proposed.endMs()));
        from.setPrefColumnCount(9);
        to.setPrefColumnCount(9);
        GridPane grid = formGrid();
        grid.addRow(0, new Label("Category"), category);
        grid.addRow(1, new Label("Reason"), reason);
        grid.addRow(2, new Label("From"), from);
        grid.addRow(3, new Label("To"), to);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        java.util.function.Supplier<TimeSpan> span = () -> {
            java.util.OptionalInt start = SpanFields.parse(from.getText());
            java.util.OptionalInt end = SpanFields.parse(to.getText());
            if (start.isEmpty() || end.isEmpty() || end.getAsInt() <= start.getAsInt() || end.getAsInt() > durationMs) {
                return null;
            }
            return new TimeSpan(start.getAsInt(), end.getAsInt());
        };
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(javafx.beans.binding.Bindings
                .createBooleanBinding(() -> span.get() == null, from.textProperty(), to.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK
                ? new RegionChoice(category.getValue(), reason.getText(), span.get()) : null);
        own(dialog);
        return dialog.showAndWait();
    }

    @Override
    public Optional<String> rejectionReason() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Reject session");
        dialog.setHeaderText("Why is this session rejected? (required)");
        own(dialog);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean approveWithUndecidedTasks(long undecided) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION);
        alert.setTitle("Approve session");
        alert.setHeaderText(undecided == 1 ? "One task has no outcome yet." : undecided + " tasks have no outcome yet.");
        alert.setContentText("An approved session can go into training sets as it is. Approve it anyway?");
        ButtonType approve = new ButtonType("Approve", ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(approve, ButtonType.CANCEL);
        own(alert);
        return alert.showAndWait().filter(approve::equals).isPresent();
    }

    @Override
    public Optional<java.util.List<org.trailmark.model.Label>> labels(java.util.List<org.trailmark.model.Label> current) {
        LabelSetDialog dialog = new LabelSetDialog(current);
        own(dialog);
        return dialog.showAndWait();
    }

    private void own(Dialog<?> dialog) {
        if (owner.getScene() != null && owner.getScene().getWindow() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        WindowPlacement.dialog(dialog, dialog instanceof LabelSetDialog ? WindowLimits.FORM : WindowLimits.MESSAGE);
    }
}
