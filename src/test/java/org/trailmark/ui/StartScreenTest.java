package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** The start screen and role switching of the studio window, on a real workspace. */
@ExtendWith(ApplicationExtension.class)
class StartScreenTest {
    @TempDir
    static Path dir;

    private Stage stage;
    private Workspace workspace;
    private final MemoryPreferences node = new MemoryPreferences();
    private final StudioPreferences preferences = new StudioPreferences(node);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private StudioShell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = SubjectFixtures.twoSubjects(dir);
        Scene scene = new Scene(new Region(), 1100, 760);
        stage.setScene(scene);
        shell = new StudioShell(stage, scene, workspace, new SameThreadTaskExecutor(), preferences, () -> dialogs);
        stage.sizeToScene();
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void thePlayerAndReviewDividerComesBackWhereItWasLeft(FxRobot robot) {
        // with the list shown, the 1100 px window keeps the review panel below the player
        preferences.setSessionListShown(true);
        robot.interact(() -> shell.showStudio(StudioRole.LABELER));
        robot.interact(() -> reviewSplit(robot).setDividerPositions(0.56));
        robot.interact(shell::closeStudio);

        assertThat(preferences.reviewDivider()).isCloseTo(0.56, within(0.005));

        robot.interact(() -> shell.showStudio(StudioRole.LABELER));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reviewSplit(robot).getDividerPositions()[0]).isCloseTo(0.56, within(0.005));
    }

    private static SplitPane reviewSplit(FxRobot robot) {
        return robot.lookup("#" + MainWindow.ID_REVIEW_SPLIT).queryAs(SplitPane.class);
    }

    @Test
    void enterContinuesAsALabelerWithEverySession(FxRobot robot) {
        robot.interact(() -> shell.open(null));
        assertThat(shell.root()).isInstanceOf(StartScreen.class);
        WaitForAsyncUtils.waitForFxEvents();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.root()).isInstanceOf(MainWindow.class);
        assertThat(shell.model().isSubjectMode()).isFalse();
        assertThat(shell.model().browser().shownRows()).hasSize(3);
        assertThat(preferences.rememberedRole()).isEmpty();
    }

    @Test
    void choosingMyOwnDataOpensSubjectModeForThatId(FxRobot robot) {
        robot.interact(() -> shell.open(null));
        assertThat(robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl().getText())
                .isEqualTo(System.getProperty("user.name", ""));

        robot.doubleClickOn("#" + StartScreen.ID_SUBJECT_FIELD);
        robot.interact(() -> robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl().clear());
        robot.write(SubjectFixtures.ALICE);
        robot.clickOn("#" + StartScreen.ID_SUBJECT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shell.model().isSubjectMode()).isTrue();
        assertThat(shell.model().subject()).isEqualTo(SubjectFixtures.ALICE);
        assertThat(shell.model().browser().shownRows()).extracting(SessionRow::subject)
                .containsOnly(SubjectFixtures.ALICE);
        assertThat(stage.getTitle()).contains("my data (alice)");
    }

    @Test
    void anEmptyIdIsRefusedInWords(FxRobot robot) {
        robot.interact(() -> shell.open(null));
        robot.interact(() -> robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl().clear());

        robot.clickOn("#" + StartScreen.ID_SUBJECT);

        assertThat(shell.root()).isInstanceOf(StartScreen.class);
        assertThat(robot.lookup("#" + StartScreen.ID_MESSAGE).queryLabeled().getText()).startsWith("Enter your subject id");
    }

    @Test
    void anUnassignedRecordingsIdIsNoPersonToOpenMyDataFor(FxRobot robot) {
        String unassigned = SubjectIds.unassignedFor("dt-0123456789abcdef");
        robot.interact(() -> shell.open(null));
        robot.interact(() -> robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl()
                .setText(unassigned));

        robot.clickOn("#" + StartScreen.ID_SUBJECT);

        assertThat(shell.root()).isInstanceOf(StartScreen.class);
        assertThat(robot.lookup("#" + StartScreen.ID_MESSAGE).queryLabeled().getText())
                .contains("no person is assigned to yet");

        // nor through --subject: the start screen comes up and says why
        robot.interact(() -> shell.open(unassigned));
        assertThat(shell.root()).isInstanceOf(StartScreen.class);
        assertThat(shell.model()).isNull();
        assertThat(robot.lookup("#" + StartScreen.ID_MESSAGE).queryLabeled().getText())
                .contains("no person is assigned to yet");
    }

    @Test
    void aRememberedChoiceSkipsTheScreenAndSwitchRoleBringsItBack(FxRobot robot) {
        robot.interact(() -> shell.open(null));
        robot.clickOn("#" + StartScreen.ID_REMEMBER);
        robot.interact(() -> robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl()
                .setText(SubjectFixtures.BOB));
        robot.clickOn("#" + StartScreen.ID_SUBJECT);
        assertThat(preferences.rememberedRole()).contains(StudioRole.subject(SubjectFixtures.BOB));

        // the next run
        robot.interact(() -> shell.open(null));
        assertThat(shell.model().subject()).isEqualTo(SubjectFixtures.BOB);

        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) shell.root().lookup(".menu-bar");
        javafx.scene.control.MenuItem switchRole = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ActionFactory.menuItemId(StudioAction.SWITCH_ROLE).equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(switchRole::fire);
        assertThat(shell.root()).isInstanceOf(StartScreen.class);
        assertThat(shell.model()).isNull();
        assertThat(robot.lookup("#" + StartScreen.ID_SUBJECT_FIELD).queryTextInputControl().getText())
                .isEqualTo(SubjectFixtures.BOB);
    }

    @Test
    void theSubjectOptionWinsOverARememberedLabeler(FxRobot robot) {
        preferences.setRememberedRole(StudioRole.LABELER);

        robot.interact(() -> shell.open(SubjectFixtures.ALICE));

        assertThat(shell.model().subject()).isEqualTo(SubjectFixtures.ALICE);
    }
}
