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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.export.ExportWizardViewModel.Phase;
import org.trailmark.ui.theme.Theme;

/** The wizard opened on the sample workspace: the summary, an export run through, the picture of it. */
@ExtendWith(ApplicationExtension.class)
class ExportWizardViewTest {
    @TempDir
    static Path dir;

    private static Workspace workspace;
    private ExportWizardViewModel model;
    private final List<Path> opened = new ArrayList<>();
    private Path nextChoice;

    @Start
    void start(Stage stage) {
        if (workspace == null) {
            workspace = ExportWorkspaces.samples(dir);
        }
        model = new ExportWizardViewModel(workspace, new SameThreadTaskExecutor(), "test-1");
        Scene scene = new Scene(new ExportWizardView(model, () -> nextChoice, opened::add, stage::close));
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.setTitle(ExportWizard.WINDOW_TITLE);
        stage.show();
    }

    @AfterAll
    static void closeWorkspace() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void showsWhatWillBeExportedAndWhyTheRestIsLeftOut(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#" + ExportWizardView.SUMMARY_ID).queryAs(Label.class);
        assertThat(summary.getText()).isEqualTo("1 session will be exported; excluded: "
                + "2 without training consent, 2 withdrawn, 1 not approved yet.");
        assertThat(robot.lookup("#" + ExportWizardView.EXPORT_ID).queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#" + ExportWizardView.OPEN_FOLDER_ID).queryAs(Button.class).isVisible()).isFalse();
        render(robot, summary.getScene(), "export-wizard-light.png");
    }

    @Test
    void exportingEndsWithTheVerificationAndOpensTheFolder(FxRobot robot) throws Exception {
        nextChoice = dir.resolve("dataset");
        robot.clickOn("Choose…");
        robot.clickOn("#" + ExportWizardView.UNREVIEWED_ID);
        assertThat(robot.lookup("#" + ExportWizardView.SUMMARY_ID).queryAs(Label.class).getText())
                .startsWith("2 sessions will be exported");

        robot.clickOn("#" + ExportWizardView.EXPORT_ID);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.phaseProperty().get()).isEqualTo(Phase.VERIFIED);
        Label outcome = robot.lookup("#" + ExportWizardView.OUTCOME_ID).queryAs(Label.class);
        assertThat(outcome.isVisible()).isTrue();
        assertThat(outcome.getText()).startsWith("Verified.").contains("no tasks yet");
        render(robot, outcome.getScene(), "export-wizard-done-light.png");
        robot.clickOn("#" + ExportWizardView.OPEN_FOLDER_ID);
        assertThat(opened).containsExactly(dir.resolve("dataset").toAbsolutePath().normalize());
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

    private static void render(FxRobot robot, Scene scene, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getWindow().sizeToScene();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        Path testClasses = Path.of(ExportWizardViewTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        assertThat(ImageIO.read(out.toFile()).getWidth()).isPositive();
    }
}
