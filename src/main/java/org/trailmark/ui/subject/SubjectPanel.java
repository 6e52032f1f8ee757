package org.trailmark.ui.subject;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.trailmark.model.Flag;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.replay.TimeRuler;
import org.trailmark.ui.common.Styles;

/**
 * What replaces the review panel in subject mode: the person's own private marks on the open
 * session, with "Mark private" for the selected stretch and "Mark whole session private", and
 * beside them the reviewers' tasks and flags, to read only. Keys P and Shift+P come through the
 * window's actions.
 */
public final class SubjectPanel extends VBox {
    private final SubjectPanelModel model;
    private final TableView<Flag> marks = new TableView<>();

    public SubjectPanel(SubjectPanelModel model) {
        this.model = model;
        setId(SubjectStyles.ID_PANEL);
        getStyleClass().add(SubjectStyles.PANEL);
        SubjectStyles.use(this);

        HBox columns = new HBox(14, marksColumn(), reviewColumn());
        HBox.setHgrow(columns.getChildren().get(0), Priority.ALWAYS);
        HBox.setHgrow(columns.getChildren().get(1), Priority.ALWAYS);
        VBox.setVgrow(columns, Priority.ALWAYS);
        getChildren().add(columns);
        setPadding(new Insets(8));
        disableProperty().bind(model.noSessionProperty());
    }

    private Node marksColumn() {
        Label title = new Label("Your private marks");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        Label explain = new Label("Reviewers cannot see, reject or remove what you mark private, "
                + "and every export leaves it out.");
        explain.getStyleClass().add(Styles.MUTED);
        explain.setWrapText(true);
        Label selection = new Label();
        selection.textProperty().bind(model.selectionTextProperty());
        selection.setWrapText(true);
        Button mark = new Button("Mark private", new FontIcon(MaterialDesignE.EYE_OFF_OUTLINE));
        mark.setId(SubjectStyles.ID_MARK_PRIVATE);
        mark.setOnAction(e -> model.markPrivate());
        mark.disableProperty().bind(model.nothingSelectedProperty());
        mark.setMnemonicParsing(false);
        Button whole = new Button("Mark whole session private", new FontIcon(MaterialDesignE.EYE_OFF));
        whole.setId(SubjectStyles.ID_MARK_SESSION);
        whole.setOnAction(e -> model.markSessionPrivate());
        whole.setMnemonicParsing(false);
        HBox buttons = new HBox(6, mark, whole);
        buttons.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.setId(SubjectStyles.ID_PANEL_MESSAGE);
        message.getStyleClass().add(SubjectStyles.MESSAGE);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        marks.setId(SubjectStyles.ID_MARKS_TABLE);
        marks.setItems(model.privateMarks());
        marks.setPlaceholder(new Label("You have marked nothing private in this session"));
        marks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        marks.getColumns().setAll(java.util.List.of(
                column("From", f -> TimeRuler.playheadLabel(f.startMs()), 90),
                column("To", f -> TimeRuler.playheadLabel(f.endMs()), 90),
                column("Length", f -> TimeRuler.duration(f.endMs() - f.startMs()), 80),
                removeColumn()));
        marks.setPrefHeight(120);
        VBox.setVgrow(marks, Priority.ALWAYS);
        VBox box = new VBox(6, title, explain, selection, buttons, message, marks);
        box.setMinWidth(340);
        box.setPrefWidth(460);
        return box;
    }

    private TableColumn<Flag, Flag> removeColumn() {
        TableColumn<Flag, Flag> remove = new TableColumn<>("");
        remove.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        remove.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Remove");

            {
                button.setMnemonicParsing(false);
                button.setOnAction(e -> {
                    if (getItem() != null) {
                        model.removeMark(getItem().id());
                    }
                });
            }

            @Override
            protected void updateItem(Flag flag, boolean empty) {
                super.updateItem(flag, empty);
                setGraphic(empty || flag == null ? null : button);
            }
        });
        remove.setSortable(false);
        remove.setMinWidth(90);
        return remove;
    }

    private Node reviewColumn() {
        Label title = new Label("What reviewers recorded (read only)");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);
        Label status = new Label();
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(model.review().reviewProperty().get()),
                model.review().reviewProperty()));
        status.setWrapText(true);

        TableView<Task> tasks = new TableView<>(model.tasks());
        tasks.setPlaceholder(new Label("No tasks marked"));
        tasks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        tasks.getColumns().setAll(java.util.List.of(
                column("From", (Task t) -> TimeRuler.playheadLabel(t.startMs()), 84),
                column("To", (Task t) -> TimeRuler.playheadLabel(t.endMs()), 84),
                column("Label", (Task t) -> t.label() == null ? "—" : t.label(), 90),
                column("Outcome", (Task t) -> t.outcome() == null ? "—" : t.outcome().label(), 80),
                column("Instruction", Task::instruction, 220)));
        TableView<Flag> flags = new TableView<>(model.reviewerFlags());
        flags.setPlaceholder(new Label("Nothing flagged as sensitive"));
        flags.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        flags.getColumns().setAll(java.util.List.of(
                column("From", (Flag f) -> TimeRuler.playheadLabel(f.startMs()), 84),
                column("To", (Flag f) -> TimeRuler.playheadLabel(f.endMs()), 84),
                column("Kind", (Flag f) -> f.category().label(), 120),
                column("Raised by", (Flag f) -> f.source() == org.trailmark.model.FlagSource.DETECTOR ? "Detector" : "Reviewer", 90),
                column("Reviewer's call", (Flag f) -> f.status().label(), 110)));
        TabPane tabs = new TabPane(new Tab("Tasks", tasks), new Tab("Flagged as sensitive", flags));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox box = new VBox(6, title, status, tabs);
        box.setMinWidth(340);
        box.setPrefWidth(560);
        return box;
    }

    private static String statusText(SessionReview review) {
        if (review == null) {
            return "Open one of your sessions to see its review";
        }
        return "Review status: " + review.status().label();
    }

    private static <S> TableColumn<S, String> column(String title, Function<S, String> value, double width) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    TableView<Flag> marksTable() {
        return marks;
    }
}
