package org.trailmark.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.export.ExportFormat;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;
import org.trailmark.ui.theme.Theme;

/** The wizard opened on the sample workspace: the summary, filters, formats, a run and a cancel, the picture of it. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardViewTest {
    @TempDir
    static Path dir;

    private static Workspace workspace;
    private ExportWizardViewModel model;
    private final List<Path> opened = new ArrayList<>();
    private Path nextChoice;
    private Stage stage;

    @Start
    void start(Stage stage) {
        if (workspace == null) {
            workspace = ExportWorkspaces.samples(dir);
        }
        this.stage = stage;
        model = new ExportWizardViewModel(workspace, new SameThreadTaskExecutor(), "test-1");
        Scene scene = new Scene(new ExportWizardView(model, () -> nextChoice, opened::add, stage::close));
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(ExportWizard.WINDOW_TITLE);
        stage.sizeToScene();
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
        }
    }

    private Label label(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class);
    }

    @Test
    void theOutputFolderCanBeTypedAndTheOutcomeAndCloseStayInViewOnAShortWindow(FxRobot robot) {
        javafx.scene.control.TextField folder = robot.lookup("#" + ExportWizardView.FOLDER_ID)
                .queryAs(javafx.scene.control.TextField.class);
        robot.clickOn(folder).write(dir.resolve("typed-out").toString());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.outputFolderProperty().get()).isEqualTo(dir.resolve("typed-out"));
        assertThat(label(robot, ExportWizardView.PROBLEM_ID).isVisible()).isFalse();

        robot.interact(() -> {
            stage.setHeight(420);
            stage.getScene().getRoot().applyCss();
            stage.getScene().getRoot().layout();
        });
        Button close = robot.lookup("#" + ExportWizardView.CLOSE_ID).queryButton();
        javafx.geometry.Bounds shown = close.localToScene(close.getLayoutBounds());
        assertThat(shown.getMaxY()).as("Close inside the short window").isLessThanOrEqualTo(stage.getScene().getHeight());
        assertThat(close.isVisible()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsWhatWillBeExportedAndWhyTheRestIsLeftOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = label(robot, ExportWizardView.SUMMARY_ID);
        assertThat(summary.getText()).isEqualTo("1 session will be exported; excluded: "
                + "2 without training consent, 2 withdrawn, 1 not approved yet.");
        assertThat(label(robot, ExportWizardView.TASK_SUMMARY_ID).getText()).startsWith("2 tasks");
        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#" + ExportWizardView.OPEN_FOLDER_ID).queryAs(Button.class).isVisible()).isFalse();

        // the picture shows the wizard as a curator would fill it in; nothing is exported
        CheckComboBox<TaskOutcome> outcomes = robot.lookup("#" + ExportWizardView.OUTCOMES_ID).queryAs(CheckComboBox.class);
        robot.interact(() -> {
            outcomes.getCheckModel().check(TaskOutcome.SUCCESS);
            model.outputFolderProperty().set(Path.of("/home/rita/datasets/budget-tasks-v1"));
            model.formatProperty(ExportFormat.EVENTS).set(true);
            model.pyautoguiProperty().set(true);
            model.seedProperty().set("20261127");
        });
        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isFalse();
        assertThat(label(robot, ExportWizardView.TASK_SUMMARY_ID).getText()).startsWith("1 of 2 tasks match");
        render(robot, summary.getScene(), "export-wizard-light.png");
    }

    @Test
    void includingScreensShowsAPlainWarning(FxRobot robot) {
        javafx.scene.control.CheckBox screens = robot.lookup("#" + ExportWizardView.SCREENS_ID)
                .queryAs(javafx.scene.control.CheckBox.class);
        Label warning = label(robot, ExportWizardView.SCREENS_WARNING_ID);
        assertThat(screens.isSelected()).isFalse();
        assertThat(warning.isVisible()).isFalse();

        robot.interact(() -> screens.setSelected(true));

        assertThat(warning.isVisible()).isTrue();
        assertThat(warning.getText()).startsWith("Screens hold whatever was visible");
        assertThat(model.withScreensProperty().get()).isTrue();
        robot.interact(() -> model.formatProperty(ExportFormat.TRAJECTORIES).set(false));
        assertThat(screens.isDisabled()).isTrue();
        assertThat(warning.isVisible()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkingASubjectInTheFilterUpdatesTheCounts(FxRobot robot) {
        CheckComboBox<String> subjects = robot.lookup("#" + ExportWizardView.SUBJECTS_ID).queryAs(CheckComboBox.class);
        assertThat(subjects.getItems()).containsExactly("subj-ana", "subj-ben", "subj-chloe");

        robot.interact(() -> subjects.getCheckModel().check("subj-ben"));

        assertThat(label(robot, ExportWizardView.SUMMARY_ID).getText()).isEqualTo("0 sessions will be exported; "
                + "excluded: 2 without training consent, 2 withdrawn, 1 not approved yet, 1 filtered out.");
        robot.interact(() -> subjects.getCheckModel().clearChecks());
        assertThat(label(robot, ExportWizardView.SUMMARY_ID).getText()).startsWith("1 session will be exported");
    }

    @Test
    void uncheckingEveryFormatDisablesExportAndSaysWhy(FxRobot robot) {
        nextChoice = dir.resolve("no-format");
        robot.clickOn("Choose…");
        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isFalse();

        robot.clickOn("#" + ExportWizardView.formatId(ExportFormat.TRAJECTORIES));

        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isTrue();
        Label problem = label(robot, ExportWizardView.PROBLEM_ID);
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("Choose at least one format: trajectories, events or keystrokes.");
        assertThat(robot.lookup("#" + ExportWizardView.PYAUTOGUI_ID).queryAs(javafx.scene.control.CheckBox.class)
                .isDisabled()).as("call strings belong to trajectories").isTrue();
    }

    @Test
    void exportingEndsWithTheVerificationAndOpensTheFolder(FxRobot robot) throws Exception {
        nextChoice = dir.resolve("dataset");
        robot.clickOn("Choose…");
        robot.clickOn("#" + ExportWizardView.UNREVIEWED_ID);
        assertThat(label(robot, ExportWizardView.SUMMARY_ID).getText()).startsWith("2 sessions will be exported");

        robot.clickOn("#" + ExportWizardView.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.VERIFIED);
        Label outcome = label(robot, ExportWizardView.OUTCOME_ID);
        assertThat(outcome.isVisible()).isTrue();
        assertThat(outcome.getText()).startsWith("Verified. Written from 2 sessions: 2 trajectory records");
        render(robot, outcome.getScene(), "export-wizard-done-light.png");
        robot.clickOn("#" + ExportWizardView.OPEN_FOLDER_ID);
        assertThat(opened).containsExactly(dir.resolve("dataset").toAbsolutePath().normalize());
    }

    @Test
    void cancellingARunningExportSaysNothingWasWrittenAndAllowsAnotherStart(FxRobot robot) throws Exception {
        nextChoice = dir.resolve("cancelled");
        robot.clickOn("Choose…");
        WritableImage[] running = new WritableImage[1];
        robot.interact(() -> model.progressMessageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Redacting") && running[0] == null) {
                Scene scene = stage.getScene();
                scene.getRoot().applyCss();
                stage.sizeToScene();
                scene.getRoot().layout();
                running[0] = scene.snapshot(null);
                model.cancel();
            }
        }));

        robot.clickOn("#" + ExportWizardView.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();
        write(running[0], "export-wizard-running-light.png");

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.CANCELLED);
        assertThat(label(robot, ExportWizardView.OUTCOME_ID).getText()).startsWith("Export cancelled — nothing was written");
        assertThat(dir.resolve("cancelled")).doesNotExist();
        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#" + ExportWizardView.CANCEL_ID).queryAs(Button.class).isVisible()).isFalse();
    }

    @Test
    void theWizardWindowWithoutHostServicesHidesOpenFolder(FxRobot robot) {
        Stage[] wizard = new Stage[1];
        robot.interact(() -> wizard[0] = ExportWizard.show(null,
                new ExportWizardViewModel(workspace, new SameThreadTaskExecutor(), "test-1"), null, Theme.LIGHT::applyTo));
        try {
            assertThat(wizard[0].getTitle()).isEqualTo(ExportWizard.WINDOW_TITLE);
            Button open = (Button) wizard[0].getScene().lookup("#" + ExportWizardView.OPEN_FOLDER_ID);
            assertThat(open.isVisible()).isFalse();
            Label summary = (Label) wizard[0].getScene().lookup("#" + ExportWizardView.SUMMARY_ID);
            assertThat(summary.getText()).startsWith("1 session will be exported");
        } finally {
            robot.interact(wizard[0]::close);
        }
    }

    private void render(FxRobot robot, Scene scene, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            stage.sizeToScene();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        write(image[0], name);
    }

    /** Into screenshots/ beside test-classes, i.e. in whatever build folder Maven was told to use. */
    private static void write(WritableImage image, String name) throws Exception {
        Path testClasses = Path.of(ExportWizardViewTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        assertThat(ImageIO.read(out.toFile()).getWidth()).isPositive();
    }
}
