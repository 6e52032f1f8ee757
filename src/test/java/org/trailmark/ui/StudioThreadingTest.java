package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.review.ReviewStyles;

/**
 * The studio's threading, on a real window with the studio's own executor: no workspace operation
 * runs on the JavaFX thread while a reviewer works, and opening a session never waits behind a
 * long job. The workspace reports each operation and the thread it ran on.
 */
@ExtendWith(ApplicationExtension.class)
class StudioThreadingTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private FxTaskExecutor executor;
    private StudioViewModel model;
    private RecordingDialogs dialogs;
    private final List<String> onFxThread = new CopyOnWriteArrayList<>();
    private final CountDownLatch longJobMayEnd = new CountDownLatch(1);

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        TestSessions.add(workspace, TestSessions.info("s-alice-mail", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-bob-shell", "bob", "native",
                TestSessions.MORNING.plusHours(3)), TestSessions.movesIn("Terminal", 40));
        workspace.watchAccess(doing -> {
            if (Platform.isFxApplicationThread()) {
                onFxThread.add(doing);
            }
        });
        executor = new FxTaskExecutor();
        dialogs = new RecordingDialogs();
        model = new StudioViewModel(workspace, executor, dialogs, ListShownPreferences.create());
        stage.setScene(new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800));
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        longJobMayEnd.countDown();
        executor.close();
        workspace.close();
    }

    @Test
    void aReviewersWorkRunsNoWorkspaceOperationOnTheUiThread(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> model.player().seek(1_000));
        robot.type(KeyCode.I);
        robot.interact(() -> model.player().seek(4_000));
        robot.type(KeyCode.O);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().tasks().size() == 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().tasks().isEmpty());
        robot.clickOn("#" + ReviewStyles.ID_APPROVE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().reviewProperty().get().status()
                == ReviewStatus.APPROVED);
        robot.type(KeyCode.F5);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.auditShown == 1);
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen("s-bob-shell") && model.review().isOpen());
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.exportWizards.size() == 1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !executor.interactiveProgress().isRunning());

        assertThat(onFxThread).as("workspace operations run on the JavaFX thread").isEmpty();
    }

    @Test
    void openingASessionDoesNotWaitBehindALongJob(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> executor.execute(BackgroundTask.of("Exporting training set", progress -> {
            longJobMayEnd.await();
            return null;
        })));
        assertThat(executor.progress().isRunning()).isTrue();

        openInPlayer(robot, "s-bob-shell");

        assertThat(executor.progress().isRunning()).as("the long job is still running").isTrue();
        assertThat(model.review().sessionIdProperty().get()).isEqualTo("s-bob-shell");
    }

    private boolean isOpen(String id) {
        return model.player().sessionProperty().get() != null
                && model.player().sessionProperty().get().id().equals(id);
    }

    private void openInPlayer(FxRobot robot, String id) throws TimeoutException {
        robot.clickOn(id);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen(id) && model.review().isOpen()
                && id.equals(model.review().sessionIdProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
