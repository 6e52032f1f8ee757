package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
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
import org.trailmark.store.Workspace;
import org.trailmark.subject.SubjectService;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.subject.SubjectStyles;

/**
 * A change made in one view shows in every other without a manual refresh, and F5 and the refresh
 * button read everything again: here "My data" of alice's subject mode after a private mark, on a
 * real workspace with the studio's own two-lane executor.
 */
@ExtendWith(ApplicationExtension.class)
class EveryViewRefreshesTest {
    private static final String NOTHING_PRIVATE = "You have not marked anything private.";

    @TempDir
    static Path dir;

    /** Filled before the window starts, so a loaded machine does not run out the window's start-up time. */
    private final Workspace workspace = SubjectFixtures.twoSubjects(dir);
    private FxTaskExecutor executor;
    private StudioViewModel model;

    @Start
    void start(Stage stage) {
        executor = new FxTaskExecutor();
        model = new StudioViewModel(workspace, executor, new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()), SubjectFixtures.ALICE);
        stage.setScene(new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800));
        stage.sizeToScene();
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        executor.close();
        workspace.close();
    }

    @Test
    void aPrivateMarkInTheSessionsShowsInMyDataWithoutARefresh(FxRobot robot) throws Exception {
        waitForSentence(robot, NOTHING_PRIVATE, true);
        robot.interact(() -> subjectTabs(robot).getSelectionModel().select(1));
        robot.interact(() -> model.browser().select(SubjectFixtures.ALICE_MAIL));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());
        robot.interact(() -> {
            model.player().seek(0);
            model.review().markIn();
            model.player().seek(Math.max(1, model.player().timeline().getDurationMs() / 2));
            model.review().markOut();
        });

        robot.type(KeyCode.P);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !model.subjectPanel().privateMarks().isEmpty());
        // the tab, not the toolbar's "My data" button, which reads the overview again by itself
        robot.interact(() -> subjectTabs(robot).getSelectionModel().select(0));

        waitForSentence(robot, NOTHING_PRIVATE, false);
    }

    @Test
    void f5ReadsMyDataAgain(FxRobot robot) throws Exception {
        waitForSentence(robot, NOTHING_PRIVATE, true);
        markPrivateBehindTheWindow();

        robot.type(KeyCode.F5);

        waitForSentence(robot, NOTHING_PRIVATE, false);
    }

    @Test
    void theRefreshButtonReadsMyDataAgain(FxRobot robot) throws Exception {
        waitForSentence(robot, NOTHING_PRIVATE, true);
        markPrivateBehindTheWindow();

        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b
                && StudioAction.REFRESH.label().equals(b.getAccessibleText())).queryButton());

        waitForSentence(robot, NOTHING_PRIVATE, false);
    }

    private static TabPane subjectTabs(FxRobot robot) {
        return robot.lookup("#" + MainWindow.ID_SUBJECT_TABS).queryAs(TabPane.class);
    }

    /** As another window on the same workspace would: nothing in this window knows of it. */
    private void markPrivateBehindTheWindow() {
        new SubjectService(workspace, SubjectFixtures.ALICE).markSessionPrivate(SubjectFixtures.ALICE_SHELL);
    }

    private void waitForSentence(FxRobot robot, String sentence, boolean shown) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sentences(robot).contains(sentence) == shown);
        assertThat(sentences(robot).contains(sentence)).isEqualTo(shown);
    }

    private static List<String> sentences(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> robot.lookup("#" + SubjectStyles.ID_SENTENCES).tryQuery()
                .ifPresent(node -> texts.addAll(VisibleText.of(node))));
        return texts;
    }
}
