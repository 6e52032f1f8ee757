package org.trailmark.ui.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;

/**
 * The export wizard's content: choices on top, the live summary of what goes in and why the rest
 * stays out, then the run (progress, Cancel) and its verified outcome with "Open folder".
 */
public final class ExportWizardView extends VBox {
    public static final String SUMMARY_ID = "export-summary";
    public static final String FOLDER_ID = "export-folder";
    public static final String SPLIT_ID = "export-split";
    public static final String SEED_ID = "export-seed";
    public static final String UNREVIEWED_ID = "export-include-unreviewed";
    public static final String EXPORT_ID = "export-run";
    public static final String CANCEL_ID = "export-cancel";
    public static final String CLOSE_ID = "export-close";
    public static final String OPEN_FOLDER_ID = "export-open-folder";
    public static final String OUTCOME_ID = "export-outcome";
    public static final String PROGRESS_ID = "export-progress";

    /**
     * @param chooseFolder asks for an output folder; null when the person cancelled
     * @param openFolder   opens a folder in the desktop's file manager; null hides "Open folder"
     * @param close        closes the window the view sits in
     */
    public ExportWizardView(ExportWizardViewModel model, Supplier<Path> chooseFolder, Consumer<Path> openFolder,
                            Runnable close) {
        setSpacing(12);
        setPadding(new Insets(16));
        setPrefWidth(560);
        getStyleClass().add("tm-export-wizard");

        Label heading = new Label("Export training set");
        heading.setStyle("-fx-font-size: 1.4em; -fx-font-weight: bold;");

        TextField folder = new TextField();
        folder.setId(FOLDER_ID);
        folder.setEditable(false);
        folder.setPromptText("No folder chosen");
        folder.textProperty().bind(Bindings.createStringBinding(
                () -> model.outputFolderProperty().get() == null ? "" : model.outputFolderProperty().get().toString(),
                model.outputFolderProperty()));
        Button browse = new Button("Choose…");
        browse.setOnAction(e -> {
            Path chosen = chooseFolder.get();
            if (chosen != null) {
                model.outputFolderProperty().set(chosen);
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        HBox folderRow = new HBox(6, folder, browse);

        // trajectories are the one format the exporter writes; the box says so rather than offering a choice
        CheckBox trajectories = new CheckBox("Trajectories (one JSON record per task)");
        trajectories.setSelected(true);
        trajectories.setDisable(true);

        TextField split = new TextField();
        split.setId(SPLIT_ID);
        split.textProperty().bindBidirectional(model.splitProperty());
        split.setPromptText(ExportWizardViewModel.DEFAULT_SPLIT);
        TextField seed = new TextField();
        seed.setId(SEED_ID);
        seed.setPromptText("blank = random");
        seed.textProperty().bindBidirectional(model.seedProperty());

        CheckBox unreviewed = new CheckBox("Include sessions not approved yet");
        unreviewed.setId(UNREVIEWED_ID);
        unreviewed.selectedProperty().bindBidirectional(model.includeUnreviewedProperty());
        Label unreviewedWarning = new Label("For experiments only: unreviewed sessions may still hold unflagged "
                + "personal data. The manifest records this choice. Consent is required either way.");
        unreviewedWarning.setWrapText(true);
        unreviewedWarning.setMinHeight(Region.USE_PREF_SIZE);
        unreviewedWarning.setStyle("-fx-text-fill: #b45309;");
        unreviewedWarning.visibleProperty().bind(model.includeUnreviewedProperty());
        unreviewedWarning.managedProperty().bind(unreviewedWarning.visibleProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label("Output folder"), folderRow);
        form.addRow(1, new Label("Format"), trajectories);
        form.addRow(2, new Label("Split (train, validation, test)"), split);
        form.addRow(3, new Label("Seed"), seed);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);

        Label summary = new Label();
        summary.setId(SUMMARY_ID);
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.setStyle("-fx-font-weight: bold;");
        summary.textProperty().bind(model.summaryProperty());

        Label problem = new Label();
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.setStyle("-fx-text-fill: #b91c1c;");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty()
                .and(model.phaseProperty().isEqualTo(Phase.CHOOSING)));
        problem.managedProperty().bind(problem.visibleProperty());

        ProgressBar bar = new ProgressBar();
        bar.setId(PROGRESS_ID);
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(model.progressProperty());
        Label progressText = new Label();
        progressText.textProperty().bind(model.progressMessageProperty());
        VBox running = new VBox(4, bar, progressText);
        running.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.RUNNING)
                .or(model.phaseProperty().isEqualTo(Phase.CANCELLING)));
        running.managedProperty().bind(running.visibleProperty());

        Label outcome = new Label();
        outcome.setId(OUTCOME_ID);
        outcome.setWrapText(true);
        outcome.setMinHeight(Region.USE_PREF_SIZE);
        outcome.textProperty().bind(model.outcomeProperty());
        outcome.visibleProperty().bind(model.outcomeProperty().isNotEmpty());
        outcome.managedProperty().bind(outcome.visibleProperty());
        outcome.styleProperty().bind(Bindings.createStringBinding(
                () -> model.phaseProperty().get() == Phase.FAILED ? "-fx-text-fill: #b91c1c;" : "",
                model.phaseProperty()));

        Button open = new Button("Open folder");
        open.setId(OPEN_FOLDER_ID);
        open.setOnAction(e -> {
            Path done = model.finishedFolder();
            if (done != null && openFolder != null) {
                openFolder.accept(done);
            }
        });
        open.visibleProperty().bind(model.phaseProperty().isEqualTo(Phase.VERIFIED).and(
                Bindings.createBooleanBinding(() -> openFolder != null)));
        open.managedProperty().bind(open.visibleProperty());

        Button export = new Button("Export");
        export.setId(EXPORT_ID);
        export.setDefaultButton(true);
        export.disableProperty().bind(model.canExportProperty().not());
        export.setOnAction(e -> model.export());
        Button cancel = new Button("Cancel");
        cancel.setId(CANCEL_ID);
        cancel.setOnAction(e -> model.cancel());
        cancel.visibleProperty().bind(running.visibleProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.disableProperty().bind(model.phaseProperty().isEqualTo(Phase.CANCELLING));
        Button closeButton = new Button("Close");
        closeButton.setId(CLOSE_ID);
        closeButton.setCancelButton(true);
        closeButton.setOnAction(e -> close.run());
        closeButton.visibleProperty().bind(running.visibleProperty().not());
        closeButton.managedProperty().bind(closeButton.visibleProperty());

        // once an export has ended the choices stay as they were, so the outcome reads against them
        form.disableProperty().bind(model.phaseProperty().isNotEqualTo(Phase.CHOOSING)
                .and(model.phaseProperty().isNotEqualTo(Phase.CANCELLED)));
        unreviewed.disableProperty().bind(form.disableProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, open, spacer, cancel, export, closeButton);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        getChildren().addAll(heading, form, unreviewed, unreviewedWarning, summary, problem, running, outcome, buttons);
    }
}
