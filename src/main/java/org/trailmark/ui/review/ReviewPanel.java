package org.trailmark.ui.review;

import java.net.URL;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.paint.Color;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.replay.TimeRuler;
import org.trailmark.ui.StudioAction;

/**
 * The review of the open session: its status with the workflow buttons, the in/out marks, and
 * tabs with the tasks (instruction, label and outcome edited in place) and the flags. The panel
 * only binds; every edit goes through the {@link ReviewViewModel}.
 *
 * <p>Keys (see {@link #installKeys}): I / O set in and out at the playhead, Enter adds the task,
 * Ctrl+Enter takes the capture's suggested instruction, 1–9 pick a label (held during playback:
 * label that stretch), S splits at the playhead, M merges with the next task, Delete deletes the
 * selected task or flag (whichever tab is in front), Shift+F flags the marked span, Y / N confirm
 * or reject the selected flag.
 *
 * <p>The buttons carry an icon and a word or two, and the rows wrap rather than cut a button short
 * in a small window; each button's tooltip names its key, as the F1 sheet does.
 */
public final class ReviewPanel extends VBox {
    private static final String NO_LABEL = "(none)";
    /**
     * The status pill's one width, whatever it says, so the workflow buttons after it never move
     * (a second click would land on another button); a longer status is elided and its tooltip
     * has all of it.
     */
    static final double STATUS_WIDTH = 260;

    private final ReviewViewModel model;
    private ReviewPrompts prompts;
    private final TableView<Task> taskTable = new TableView<>();
    private final TableView<Flag> flagTable = new TableView<>();
    private final ObservableList<String> labelChoices = FXCollections.observableArrayList();
    private final Tab flagsTab = new Tab("Sensitive flags");
    private boolean syncingSelection;

    public ReviewPanel(ReviewViewModel model) {
        this.model = model;
        this.prompts = new FxReviewPrompts(this);
        setId(ReviewStyles.ID_PANEL);
        getStyleClass().add(ReviewStyles.PANEL);
        URL sheet = ReviewPanel.class.getResource(ReviewStyles.SHEET);
        if (sheet != null) {
            getStylesheets().add(sheet.toExternalForm());
        }
        model.reviewerPromptProperty().set(() -> prompts.reviewerName());

        flagsTab.setContent(flagsPane());
        TabPane tabs = new TabPane(new Tab("Tasks", tasksPane()), flagsTab,
                new Tab("Adjudicate", new AdjudicationPane(model)), new Tab("Agreement", new AgreementPane(model)));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        Label message = new Label();
        message.setId(ReviewStyles.ID_MESSAGE);
        message.getStyleClass().add(ReviewStyles.MESSAGE);
        message.textProperty().bind(model.messageProperty());
        message.setWrapText(true);

        getChildren().addAll(statusBar(), new VersionBar(model), marksBar(), tabs, message);
        setSpacing(6);
        setPadding(new Insets(8));
        disableProperty().bind(model.sessionIdProperty().isNull());
        installKeys(this);
    }

    public ReviewViewModel getModel() {
        return model;
    }

    /** Replaces the dialogs (tests answer them without windows). */
    public void setPrompts(ReviewPrompts prompts) {
        this.prompts = prompts;
    }

    TableView<Task> taskTable() {
        return taskTable;
    }

    TableView<Flag> flagTable() {
        return flagTable;
    }

    /** Whether the flags rather than the tasks are in front. */
    boolean flagsInFront() {
        return flagsTab.isSelected();
    }

    /**
     * Delete: removes what the tab in front has selected, the task or the flag. A refusal (a flag
     * the recorded person set, say) shows as the panel's message.
     */
    public boolean deleteSelected() {
        return flagsInFront() ? model.flagging().deleteFlag() : model.taskEditing().deleteTask();
    }

    // ---- status ----

    private Node statusBar() {
        Label status = new Label();
        status.setId(ReviewStyles.ID_STATUS);
        status.getStyleClass().add(ReviewStyles.STATUS);
        status.textProperty().bind(Bindings.createStringBinding(() -> describe(model.reviewProperty().get()),
                model.reviewProperty()));
        status.setMinWidth(STATUS_WIDTH);
        status.setPrefWidth(STATUS_WIDTH);
        status.setMaxWidth(STATUS_WIDTH);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(status.textProperty());
        status.setTooltip(whole);
        Button start = button("Start review", e -> model.setStatus(ReviewStatus.IN_REVIEW, null), null);
        Button reviewed = button("Mark reviewed", e -> model.setStatus(ReviewStatus.REVIEWED, null), null);
        Button approve = button("Approve", e -> approve(), ReviewStyles.ID_APPROVE);
        approve.getStyleClass().add("accent");
        Button reject = button("Reject\u2026", e -> prompts.rejectionReason().ifPresent(model::reject),
                ReviewStyles.ID_REJECT);
        reject.setTooltip(new Tooltip("Reject the session, with a reason"));
        Button labels = button("Labels\u2026", e -> prompts.labels(model.labels()).ifPresent(model::editLabels), null);
        labels.setTooltip(new Tooltip("Edit the label set: names, colours and hotkeys 1\u20139"));
        FlowPane bar = row(status, start, reviewed, approve, reject, labels);
        bar.getStyleClass().add(ReviewStyles.HEADER);
        return bar;
    }

    /** Approves, asking first when some task has no outcome yet; a cancel changes nothing. */
    void approve() {
        long undecided = model.taskEditing().undecidedTasks();
        if (undecided == 0 || prompts.approveWithUndecidedTasks(undecided)) {
            model.approve();
        }
    }

    static String describe(SessionReview review) {
        if (review == null) {
            return "No session";
        }
        StringBuilder sb = new StringBuilder(review.status().label());
        if (review.reviewer() != null) {
            sb.append(" \u00b7 ").append(review.reviewer());
        }
        if (review.reason() != null) {
            sb.append(" \u00b7 ").append(review.reason());
        }
        return sb.toString();
    }

    // ---- marks ----

    private Node marksBar() {
        Label marks = new Label();
        marks.setId(ReviewStyles.ID_MARKS);
        marks.getStyleClass().add(ReviewStyles.MARKS);
        marks.textProperty().bind(Bindings.createStringBinding(() -> "In " + time(model.inMarkProperty().get())
                        + "   Out " + time(model.outMarkProperty().get())
                        + (model.pendingLabelProperty().get() == null ? "" : "   Label " + model.pendingLabelProperty().get()),
                model.inMarkProperty(), model.outMarkProperty(), model.pendingLabelProperty()));
        return row(marks,
                button(StudioAction.MARK_IN, "In", model::markIn),
                button(StudioAction.MARK_OUT, "Out", model::markOut),
                button(StudioAction.ADD_TASK, "Add task", model.taskEditing()::commitTask),
                button(StudioAction.USE_SUGGESTION, "Suggested", model.taskEditing()::acceptSuggestedInstruction),
                button(StudioAction.SPLIT_TASK, "Split", model.taskEditing()::splitAtPlayhead),
                button(StudioAction.MERGE_TASK, "Merge", model.taskEditing()::mergeWithNext),
                button(StudioAction.FLAG_SPAN, "Flag\u2026", this::askFlag));
    }

    /** Shift+F and the Flag… button: asks what the marked span holds, then flags it. */
    public void askFlag() {
        prompts.flag().ifPresent(choice -> model.flagging().flagMarks(choice.category(), choice.reason()));
    }

    /**
     * A region drawn on the stage: asks what it shows and over which stretch (the marked span, the
     * selection or the task at the playhead to begin with), then flags it.
     */
    public void askRegion(ScreenRegion region) {
        if (!model.isOpen()) {
            return;
        }
        prompts.region(model.flagging().defaultRegionSpan(), model.durationMs()).ifPresent(choice ->
                model.flagging().flagRegion(region, choice.span(), choice.category(), choice.reason()));
    }

    private static String time(Integer ms) {
        return ms == null ? "\u2013" : TimeRuler.playheadLabel(ms);
    }

    // ---- tasks ----

    private Node tasksPane() {
        taskTable.setId(ReviewStyles.ID_TASKS);
        taskTable.setEditable(true);
        taskTable.setItems(model.tasks());
        taskTable.setPlaceholder(placeholder("No tasks yet: set in (I) and out (O), then press Enter"));
        taskTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        taskTable.getColumns().add(readOnly("Time", 150, t -> TimeRuler.playheadLabel(t.startMs()) + " \u2013 "
                + TimeRuler.playheadLabel(t.endMs())));

        TableColumn<Task, String> label = new TableColumn<>("Label");
        label.setPrefWidth(130);
        // in a narrow column the last column gives way, not the headers of the short ones
        label.setMinWidth(80);
        label.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().label() == null ? NO_LABEL
                : c.getValue().label()));
        label.setCellFactory(col -> new LabelCell(labelChoices));
        label.setOnEditCommit(e -> model.taskEditing().setTaskLabel(e.getRowValue().id(), NO_LABEL.equals(e.getNewValue()) ? null
                : e.getNewValue()));
        model.labels().addListener((javafx.beans.InvalidationListener) obs -> refreshLabelChoices());
        refreshLabelChoices();

        TableColumn<Task, TaskOutcome> outcome = new TableColumn<>("Outcome");
        outcome.setPrefWidth(100);
        outcome.setMinWidth(90);
        outcome.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().outcome()));
        outcome.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(TaskOutcome o) {
                return o == null ? "undecided" : o.label();
            }

            @Override
            public TaskOutcome fromString(String s) {
                return null;
            }
        }, TaskOutcome.values()));
        outcome.setOnEditCommit(e -> model.taskEditing().setOutcome(e.getRowValue().id(), e.getNewValue()));

        TableColumn<Task, String> instruction = new TableColumn<>("Instruction");
        instruction.setPrefWidth(320);
        instruction.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().instruction()));
        instruction.setCellFactory(TextFieldTableCell.forTableColumn());
        instruction.setOnEditCommit(e -> model.taskEditing().setInstruction(e.getRowValue().id(), e.getNewValue()));

        taskTable.getColumns().add(label);
        taskTable.getColumns().add(outcome);
        taskTable.getColumns().add(instruction);

        bindSelection(taskTable, model.taskEditing().selectedTaskIdProperty(), Task::id);
        FlowPane actions = row(button(StudioAction.DELETE_TASK, "Delete", model.taskEditing()::deleteTask));
        VBox box = new VBox(6, taskTable, actions);
        VBox.setVgrow(taskTable, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    private void refreshLabelChoices() {
        labelChoices.setAll(NO_LABEL);
        model.labels().forEach(l -> labelChoices.add(l.name()));
        taskTable.refresh();
    }

    /** A label cell: the label's colour swatch and name; a choice box while editing. */
    private final class LabelCell extends ComboBoxTableCell<Task, String> {
        LabelCell(ObservableList<String> choices) {
            super(choices);
        }

        @Override
        public void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (!empty && item != null && !isEditing()) {
                String colour = model.colourOf(item);
                Rectangle swatch = new Rectangle(10, 10, colour == null ? Color.TRANSPARENT : Color.web(colour));
                swatch.getStyleClass().add(ReviewStyles.SWATCH);
                setGraphic(swatch);
            }
        }
    }

    // ---- flags ----

    private Node flagsPane() {
        flagTable.setId(ReviewStyles.ID_FLAGS);
        flagTable.setEditable(true);
        flagTable.setItems(model.flags());
        flagTable.setPlaceholder(placeholder("No sensitive spans flagged: mark in (I) and out (O), then Flag\u2026 (Shift+F)"));
        flagTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        flagTable.getColumns().add(readOnly("Time", 150, f -> TimeRuler.playheadLabel(f.startMs()) + " \u2013 "
                + TimeRuler.playheadLabel(f.endMs())));

        TableColumn<Flag, FlagCategory> category = new TableColumn<>("Category");
        category.setPrefWidth(150);
        category.setMinWidth(90);
        category.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().category()));
        category.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(FlagCategory c) {
                return c == null ? "" : c.label();
            }

            @Override
            public FlagCategory fromString(String s) {
                return null;
            }
        }, FlagCategory.values()));
        category.setOnEditCommit(e -> model.flagging().editFlag(e.getRowValue().withCategory(e.getNewValue())));

        flagTable.getColumns().add(category);
        flagTable.getColumns().add(readOnly("Status", 90, f -> f.status().label()
                + (model.flagging().isRevealed(f.id()) ? " (revealed)" : "")));
        flagTable.getColumns().add(readOnly("Source", 90, f -> f.detector() == null ? f.source().name().toLowerCase()
                : f.detector()));

        TableColumn<Flag, String> reason = new TableColumn<>("Reason");
        reason.setPrefWidth(240);
        reason.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason() == null ? ""
                : c.getValue().reason()));
        reason.setCellFactory(TextFieldTableCell.forTableColumn());
        reason.setOnEditCommit(e -> model.flagging().editFlag(e.getRowValue().withReason(e.getNewValue().isBlank() ? null
                : e.getNewValue().strip())));
        flagTable.getColumns().add(reason);

        bindSelection(flagTable, model.flagging().selectedFlagIdProperty(), Flag::id);
        Button next = button("Next suggestion", e -> model.flagging().nextSuggestion(), null);
        next.setTooltip(new Tooltip("Select the next suggested flag and go to it"));
        Button reveal = button("Reveal", e -> {
            model.flagging().revealFlag();
            flagTable.refresh();
        }, null);
        reveal.setTooltip(new Tooltip("Show what the selected flag hides, until the session closes (audited)"));
        FlowPane actions = row(button(StudioAction.CONFIRM_FLAG, "Confirm", model.flagging()::confirmFlag),
                button(StudioAction.REJECT_FLAG, "Reject", model.flagging()::rejectFlag), next, reveal,
                button(StudioAction.DELETE_TASK, "Delete", model.flagging()::deleteFlag));
        VBox box = new VBox(6, flagTable, actions);
        VBox.setVgrow(flagTable, Priority.ALWAYS);
        box.setPadding(new Insets(6, 0, 0, 0));
        return box;
    }

    // ---- keys ----

    /**
     * Review keys on {@code scope} (the studio puts them on the player and this panel), leaving
     * text fields alone so typing an instruction never labels anything.
     */
    public void installKeys(Node scope) {
        scope.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        scope.addEventFilter(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private void keyPressed(KeyEvent e) {
        if (e.getTarget() instanceof TextInputControl || e.isAltDown() || e.isMetaDown()
                || model.sessionIdProperty().get() == null || isEditingCell()) {
            return;
        }
        KeyCode code = e.getCode();
        if (e.isShortcutDown()) {
            if (code == KeyCode.ENTER) {
                model.taskEditing().acceptSuggestedInstruction();
                e.consume();
            }
            return;
        }
        int digit = digit(code);
        if (digit > 0) {
            model.taskEditing().digitPressed(digit);
            e.consume();
            return;
        }
        switch (code) {
            case I -> model.markIn();
            case O -> model.markOut();
            case ENTER -> model.taskEditing().commitTask();
            case S -> model.taskEditing().splitAtPlayhead();
            case M -> model.taskEditing().mergeWithNext();
            case DELETE -> deleteSelected();
            case F -> {
                // plain F fits the timeline
                if (!e.isShiftDown()) {
                    return;
                }
                askFlag();
            }
            case Y -> model.flagging().confirmFlag();
            case N -> model.flagging().rejectFlag();
            case ESCAPE -> model.clearMarks();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void keyReleased(KeyEvent e) {
        int digit = digit(e.getCode());
        if (digit > 0 && !(e.getTarget() instanceof TextInputControl) && !isEditingCell()
                && model.sessionIdProperty().get() != null) {
            model.taskEditing().digitReleased(digit);
            e.consume();
        }
    }

    private boolean isEditingCell() {
        return taskTable.getEditingCell() != null || flagTable.getEditingCell() != null;
    }

    static int digit(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> 1;
            case DIGIT2, NUMPAD2 -> 2;
            case DIGIT3, NUMPAD3 -> 3;
            case DIGIT4, NUMPAD4 -> 4;
            case DIGIT5, NUMPAD5 -> 5;
            case DIGIT6, NUMPAD6 -> 6;
            case DIGIT7, NUMPAD7 -> 7;
            case DIGIT8, NUMPAD8 -> 8;
            case DIGIT9, NUMPAD9 -> 9;
            default -> -1;
        };
    }

    // ---- helpers ----

    private <T> void bindSelection(TableView<T> table, javafx.beans.property.ObjectProperty<Long> selected,
                                   Function<T, Long> id) {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!syncingSelection && item != null) {
                selected.set(id.apply(item));
            }
        });
        Runnable fromModel = () -> {
            syncingSelection = true;
            try {
                Long wanted = selected.get();
                Optional<T> row = table.getItems().stream().filter(t -> wanted != null && id.apply(t).equals(wanted))
                        .findFirst();
                if (row.isPresent()) {
                    table.getSelectionModel().select(row.get());
                } else {
                    table.getSelectionModel().clearSelection();
                }
            } finally {
                syncingSelection = false;
            }
        };
        selected.addListener(obs -> fromModel.run());
        table.getItems().addListener((javafx.beans.InvalidationListener) obs -> fromModel.run());
        // a panel made while a session is open (another role's window, say) starts on its selection
        fromModel.run();
    }

    private static <T> TableColumn<T, String> readOnly(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 70));
        column.setEditable(false);
        column.setCellValueFactory(c -> (ObservableValue<String>) new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return column;
    }

    /** A row of controls that wraps onto a second line rather than cut a control short. */
    private static FlowPane row(Node... controls) {
        FlowPane row = new FlowPane(6, 4, controls);
        row.setAlignment(Pos.CENTER_LEFT);
        // as wide as it likes on one line; the panel's width decides where it wraps
        row.setPrefWrapLength(Double.MAX_VALUE / 4);
        return row;
    }

    private static Label placeholder(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }

    /**
     * A button for a studio action: its icon and a short word, the full label and key in the
     * tooltip, so the key stays discoverable without widening the button.
     */
    private static Button button(StudioAction action, String text, Runnable run) {
        Button b = button(text, e -> run.run(), null);
        b.setGraphic(new FontIcon(action.icon()));
        b.setTooltip(new Tooltip(action.label() + " (" + action.keysText() + ")"));
        b.setAccessibleText(action.label());
        return b;
    }

    private static Button button(String text, EventHandler<javafx.event.ActionEvent> action, String id) {
        Button b = new Button(text);
        b.setMnemonicParsing(false);
        b.setOnAction(action);
        b.setFocusTraversable(false);
        if (id != null) {
            b.setId(id);
        }
        return b;
    }
}
