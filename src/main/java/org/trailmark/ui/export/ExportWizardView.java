package org.trailmark.ui.export;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.trailmark.export.ExportFormat;
import org.trailmark.model.TaskOutcome;
import org.trailmark.ui.common.Styles;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;

/**
 * The export wizard's content: what to write (folder, formats, split, seed), which sessions and
 * tasks to take (filters), the live summary of what goes in and why the rest stays out, then the
 * run (progress, Cancel) and its verified outcome with "Open folder". It only binds to the model.
 */
public final class ExportWizardView extends VBox {
    public static final String SUMMARY_ID = "export-summary";
    public static final String TASK_SUMMARY_ID = "export-task-summary";
    public static final String PROBLEM_ID = "export-problem";
    public static final String FOLDER_ID = "export-folder";
    public static final String CHOICES_ID = "export-choices";
    public static final String SPLIT_ID = "export-split";
    public static final String SEED_ID = "export-seed";
    public static final String PYAUTOGUI_ID = "export-pyautogui";
    public static final String SCREENS_ID = "export-screens";
    public static final String SCREENS_WARNING_ID = "export-screens-warning";
    public static final String SUBJECTS_ID = "export-subjects";
    public static final String APPS_ID = "export-apps";
    public static final String LABELS_ID = "export-labels";
    public static final String OUTCOMES_ID = "export-outcomes";
    public static final String FROM_ID = "export-from";
    public static final String TO_ID = "export-to";
    public static final String UNREVIEWED_ID = "export-include-unreviewed";
    public static final String EXPORT_ID = "export-run";
    public static final String CANCEL_ID = "export-cancel";
    public static final String CLOSE_ID = "export-close";
    public static final String OPEN_FOLDER_ID = "export-open-folder";
    public static final String OUTCOME_ID = "export-outcome";
    public static final String PROGRESS_ID = "export-progress";
    public static final String PROGRESS_STEP_ID = "export-progress-step";

    /** The id of the checkbox for a format, e.g. "export-format-events". */
    public static String formatId(ExportFormat format) {
        return "export-format-" + format.wireName();
    }

    /**
     * @param chooseFolder asks for an output folder; null when the person cancelled
     * @param openFolder   opens a folder in the desktop's file manager; null hides "Open folder"
     * @param close        closes the window the view sits in
     */
    public ExportWizardView(ExportWizardViewModel model, Supplier<Path> chooseFolder, Consumer<Path> openFolder,
                            Runnable close) {
        setSpacing(12);
        setPadding(new Insets(16));
        setPrefWidth(720);
        getStyleClass().add("tm-export-wizard");

        Label heading = new Label("Export training set");
        heading.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");

        BooleanBinding editable = Bindings.createBooleanBinding(
                () -> model.isEditable(model.phaseProperty().get()), model.phaseProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        ColumnConstraints names = new ColumnConstraints();
        names.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(names, fields);
        int row = 0;
        form.addRow(row++, name("Output folder"), folderRow(model, chooseFolder));
        form.addRow(row++, name("Formats", 0), formats(model));
        form.addRow(row++, name("Split"), splitRow(model));
        form.addRow(row++, name("Seed"), seedRow(model));
        form.add(section("Filters — leave a filter empty to take everything"), 0, row++, 2, 1);
        form.addRow(row++, name("Subjects"), checkCombo(SUBJECTS_ID, model.subjectChoices(),
                model.subjectsProperty(), String::valueOf, "All subjects", "No sessions yet"));
        form.addRow(row++, name("Apps"), checkCombo(APPS_ID, model.appChoices(),
                model.appsProperty(), String::valueOf, "Any app", "No apps recorded"));
        form.addRow(row++, name("Task labels"), checkCombo(LABELS_ID, model.labelChoices(),
                model.labelsProperty(), String::valueOf, "Any label", "No labels defined"));
        form.addRow(row++, name("Task outcomes"), checkCombo(OUTCOMES_ID, List.of(TaskOutcome.values()),
                model.outcomesProperty(), TaskOutcome::label, "Any outcome", ""));
        form.addRow(row, name("Session dates"), dateRow(model));
        form.disableProperty().bind(editable.not());

        CheckBox unreviewed = new CheckBox("Include sessions not approved yet");
        unreviewed.setId(UNREVIEWED_ID);
        unreviewed.selectedProperty().bindBidirectional(model.includeUnreviewedProperty());
        unreviewed.disableProperty().bind(editable.not());
        Label unreviewedWarning = wrapped(new Label("For experiments only: unreviewed sessions may still hold "
                + "unflagged personal data. The manifest records this choice. Consent is required either way."));
        unreviewedWarning.setStyle("-fx-text-fill: -tm-warning;");
        showWhen(unreviewedWarning, model.includeUnreviewedProperty());

        Label summary = wrapped(new Label());
        summary.setId(SUMMARY_ID);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());
        Label taskSummary = wrapped(new Label());
        taskSummary.setId(TASK_SUMMARY_ID);
        taskSummary.textProperty().bind(model.taskSummaryProperty());
        showWhen(taskSummary, model.taskSummaryProperty().isNotEmpty());

        Label problem = wrapped(new Label());
        problem.setId(PROBLEM_ID);
        problem.setStyle("-fx-text-fill: -tm-danger;");
        problem.textProperty().bind(model.problemProperty());
        showWhen(problem, model.problemProperty().isNotEmpty().and(editable));

        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label step = new Label();
        step.setId(PROGRESS_STEP_ID);
        step.textProperty().bind(model.progressMessageProperty());
        VBox running = new VBox(4, bar, step);
        showWhen(running, model.phaseProperty().isEqualTo(Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(Phase.CANCELLING)));

        Label outcome = wrapped(new Label());
        outcome.setId(OUTCOME_ID);
        outcome.textProperty().bind(model.outcomeProperty());
        showWhen(outcome, model.outcomeProperty().isNotEmpty());
        outcome.styleProperty().bind(Bindings.createStringBinding(
                () -> model.phaseProperty().get() == Phase.FAILED ? "-fx-text-fill: -tm-danger;" : "",
                model.phaseProperty()));

        Button open = new Button("Open folder");
        open.setId(OPEN_FOLDER_ID);
        open.setOnAction(e -> {
            Path done = model.finishedFolder();
            if (done != null && openFolder != null) {
                openFolder.accept(done);
            }
        });
        showWhen(open, model.phaseProperty().isEqualTo(Phase.VERIFIED).and(
                Bindings.createBooleanBinding(() -> openFolder != null)));

        Button export = new Button("Export");
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        Button cancel = new Button("Cancel export");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancel());
        showWhen(cancel, running.visibleProperty());
        cancel.disableProperty().bind(model.phaseProperty().isEqualTo(Phase.CANCELLING));
        Button closeButton = new Button("Close");
        closeButton.setId(CLOSE_ID);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        showWhen(closeButton, running.visibleProperty().not());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, spacer, cancel, export, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox included = new VBox(4, summary, taskSummary);
        // the choices scroll when the screen is short; what the export says and its buttons stay in view
        VBox choices = new VBox(12, form, unreviewed, unreviewedWarning, new Separator(), included);
        choices.setPadding(new Insets(0, 4, 0, 0));
        ScrollPane middle = new ScrollPane(choices);
        middle.setId(CHOICES_ID);
        middle.setFitToWidth(true);
        middle.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        middle.getStyleClass().add("edge-to-edge");
        middle.setMinHeight(80);
        VBox.setVgrow(middle, Priority.ALWAYS);
        VBox pinned = new VBox(8, problem, running, outcome, buttons);
        pinned.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(heading, middle, pinned);
    }

    /** The folder typed or chosen; what is typed is checked as it is typed (see the problem line). */
    private static HBox folderRow(ExportWizardViewModel model, Supplier<Path> chooseFolder) {
        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.setPromptText("Type a new or empty folder's full path, or choose one");
        FolderText.bind(folder.textProperty(), model.outputFolderProperty());
        Button browse = new Button("Choose…");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> {
            Path chosen = chooseFolder.get();
            if (chosen != null) {
                model.outputFolderProperty().set(chosen);
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        return new HBox(6, folder, browse);
    }

    private static VBox formats(ExportWizardViewModel model) {
        CheckBox trajectories = formatBox(model, ExportFormat.TRAJECTORIES, "Trajectories");
        CheckBox events = formatBox(model, ExportFormat.EVENTS, "Events");
        CheckBox keystrokes = formatBox(model, ExportFormat.KEYSTROKES, "Keystroke timings");
        HBox boxes = new HBox(16, trajectories, events, keystrokes);
        CheckBox pyautogui = new CheckBox("Also write each trajectory action as a pyautogui call string");
        pyautogui.setId(PYAUTOGUI_ID);
        pyautogui.selectedProperty().bindBidirectional(model.pyautoguiProperty());
        pyautogui.disableProperty().bind(trajectories.selectedProperty().not());
        pyautogui.setPadding(new Insets(0, 0, 0, 22));
        CheckBox screens = new CheckBox("Include screens: a picture of the screen just before each action");
        screens.setId(SCREENS_ID);
        screens.selectedProperty().bindBidirectional(model.withScreensProperty());
        screens.disableProperty().bind(trajectories.selectedProperty().not());
        screens.setPadding(new Insets(0, 0, 0, 22));
        Label screensWarning = wrapped(new Label("Screens hold whatever was visible: other people's messages,"
                + " documents, names. Pictures inside flagged or private stretches are left out and flagged regions"
                + " are painted over, but anything nobody flagged goes into the dataset as it was."));
        screensWarning.setId(SCREENS_WARNING_ID);
        screensWarning.getStyleClass().add(Styles.WARNING);
        screensWarning.setPadding(new Insets(0, 0, 0, 22));
        screensWarning.visibleProperty().bind(screens.selectedProperty().and(screens.disabledProperty().not()));
        screensWarning.managedProperty().bind(screensWarning.visibleProperty());
        Label what = hint("Trajectories: one JSON record of actions per task. Events: the redacted raw "
                + "stream per session. Keystroke timings: per-key press and release times.");
        return new VBox(6, boxes, pyautogui, screens, screensWarning, what);
    }

    private static CheckBox formatBox(ExportWizardViewModel model, ExportFormat format, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(formatId(format));
        box.setMinWidth(Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(model.formatProperty(format));
        return box;
    }

    private static VBox splitRow(ExportWizardViewModel model) {
        TextField split = new TextField();
        split.setId(SPLIT_ID);
        split.setPromptText(ExportChoiceText.DEFAULT_SPLIT);
        split.textProperty().bindBidirectional(model.splitProperty());
        return new VBox(4, split, hint("Train, validation and test ratios, adding up to 1. "
                + "Split by subject: nobody appears in two splits."));
    }

    private static VBox seedRow(ExportWizardViewModel model) {
        TextField seed = new TextField();
        seed.setId(SEED_ID);
        seed.setPromptText("Blank for a random export");
        seed.textProperty().bindBidirectional(model.seedProperty());
        return new VBox(4, seed, hint("Reproducible: the same seed gives identical files from this workspace. "
                + "Pseudonyms come from a key kept in the workspace, so the seed alone does not reveal who is who."));
    }

    private static HBox dateRow(ExportWizardViewModel model) {
        DatePicker from = new DatePicker();
        from.setId(FROM_ID);
        from.setPromptText("From (any)");
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId(TO_ID);
        to.setPromptText("To (any)");
        to.valueProperty().bindBidirectional(model.toProperty());
        HBox.setHgrow(from, Priority.ALWAYS);
        HBox.setHgrow(to, Priority.ALWAYS);
        from.setMaxWidth(Double.MAX_VALUE);
        to.setMaxWidth(Double.MAX_VALUE);
        Label until = new Label("to");
        until.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, from, until, to);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    /** A multi-select over the workspace's values whose checked items are the model's filter set. */
    private static <T> CheckComboBox<T> checkCombo(String id, List<T> choices, ObjectProperty<Set<T>> chosen,
                                                   Function<T, String> text, String none, String empty) {
        CheckComboBox<T> combo = new CheckComboBox<>(FXCollections.observableArrayList(choices));
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                // the combo is not editable: its values are picked from the list, never parsed from text
                return null;
            }
        });
        for (T value : chosen.get()) {
            combo.getCheckModel().check(value);
        }
        combo.getCheckModel().getCheckedItems().addListener((ListChangeListener<T>) change ->
                chosen.set(Set.copyOf(combo.getCheckModel().getCheckedItems())));
        // the title replaces the list of checked items only when nothing is checked
        combo.titleProperty().bind(Bindings.createStringBinding(
                () -> choices.isEmpty() ? empty : chosen.get().isEmpty() ? none : null, chosen));
        combo.setDisable(choices.isEmpty());
        return combo;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.SECTION_TITLE);
        return label;
    }

    /** A row name at the top of its cell, nudged down to sit level with the text of a field beside it. */
    private static Label name(String text) {
        return name(text, 5);
    }

    private static Label name(String text, double nudge) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.setPadding(new Insets(nudge, 0, 0, 0));
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    private static Label hint(String text) {
        Label label = wrapped(new Label(text));
        label.getStyleClass().add(Styles.MUTED);
        return label;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    private static void showWhen(Node node, javafx.beans.value.ObservableValue<Boolean> condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(node.visibleProperty());
    }
}
