package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
import org.trailmark.model.Flag;
import org.trailmark.model.FlagSource;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.FlagStatus;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.subject.SubjectStyles;

/** The subject panel in alice's subject mode: marking private, removing a mark, and what stays hidden. */
@ExtendWith(ApplicationExtension.class)
class SubjectPanelTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private StudioViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        workspace = SubjectFixtures.twoSubjects(dir);
        model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()), SubjectFixtures.ALICE);
        MainWindow window = new MainWindow(model, () -> { }, () -> { });
        stage.setScene(new Scene(window, 1280, 800));
        stage.sizeToScene();
        stage.show();
        model.start(false);
        ((TabPane) window.lookup("#" + MainWindow.ID_SUBJECT_TABS)).getSelectionModel().select(1);
        model.browser().select(SubjectFixtures.ALICE_MAIL);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRegionDrawnInSubjectModeBecomesAPrivateMarkOverThatArea(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());
        robot.interact(() -> model.player().seek(200));
        robot.clickOn("#" + SubjectStyles.ID_MARKS_TABLE).type(KeyCode.I);
        robot.interact(() -> model.player().seek(600));
        robot.type(KeyCode.O);

        ScreenRegion area = new ScreenRegion(100, 50, 400, 300);
        robot.interact(() -> model.player().onRegionDrawnProperty().get().accept(area));

        Flag own = workspace.flags().ofSession(SubjectFixtures.ALICE_MAIL).stream()
                .filter(f -> f.source() == FlagSource.SUBJECT).findFirst().orElseThrow();
        assertThat(own.region()).isEqualTo(area);
        assertThat(own.startMs()).isEqualTo(200);
        assertThat(own.endMs()).isEqualTo(600);
        assertThat(model.subjectPanel().privateMarks()).containsExactly(own);
    }

    @Test
    void inOutAndMarkPrivateAddAMarkThatMasksAndRemoveTakesItAway(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());
        Button mark = robot.lookup("#" + SubjectStyles.ID_MARK_PRIVATE).queryButton();
        assertThat(mark.isDisable()).isTrue();

        robot.interact(() -> model.player().seek(200));
        robot.clickOn("#" + SubjectStyles.ID_MARKS_TABLE).type(KeyCode.I);
        robot.interact(() -> model.player().seek(600));
        robot.type(KeyCode.O);
        assertThat(mark.isDisable()).isFalse();
        robot.clickOn(mark);

        Flag own = workspace.flags().ofSession(SubjectFixtures.ALICE_MAIL).stream()
                .filter(f -> f.source() == FlagSource.SUBJECT).findFirst().orElseThrow();
        assertThat(own.startMs()).isEqualTo(200);
        assertThat(own.endMs()).isEqualTo(600);
        assertThat(model.subjectPanel().privateMarks()).containsExactly(own);
        assertThat(model.player().maskedSpans().covers(300)).isTrue();

        robot.clickOn("Remove");
        assertThat(workspace.flags().ofSession(SubjectFixtures.ALICE_MAIL)).noneMatch(f -> f.source() == FlagSource.SUBJECT);
        assertThat(model.subjectPanel().privateMarks()).isEmpty();
    }

    @Test
    void everyFlagMasksEvenARejectedOneAndNothingCanBeRevealed(FxRobot robot) throws Exception {
        Flag reviewers = workspace.flags().ofSession(SubjectFixtures.ALICE_MAIL).get(0);
        workspace.flags().replace(SubjectFixtures.ALICE_MAIL, java.util.List.of(reviewers),
                java.util.List.of(reviewers.withStatus(FlagStatus.REJECTED)), "reject flag", "rita");
        robot.interact(() -> model.review().reload());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());

        assertThat(model.player().maskedSpans().covers(reviewers.startMs())).isTrue();
        robot.interact(() -> model.review().flagging().selectedFlagIdProperty().set(reviewers.id()));
        boolean[] revealed = new boolean[1];
        robot.interact(() -> revealed[0] = model.review().flagging().revealFlag());
        assertThat(revealed[0]).isFalse();
        assertThat(model.player().maskedSpans().covers(reviewers.startMs())).isTrue();
        assertThat(workspace.audit().entries(SubjectFixtures.ALICE_MAIL)).noneMatch(e -> e.action().contains("reveal"));
    }

    @Test
    void markingTheWholeSessionTakesShiftP(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.review().isOpen());

        robot.clickOn("#" + SubjectStyles.ID_MARKS_TABLE).press(KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT);

        assertThat(model.subjectPanel().privateMarks()).singleElement()
                .satisfies(f -> assertThat(f.startMs()).isZero());
    }
}
