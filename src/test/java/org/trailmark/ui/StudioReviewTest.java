package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.review.AuditViewModel;
import org.trailmark.ui.review.ReviewStyles;
import org.trailmark.ui.review.ReviewViewModel;

/**
 * Reviewing in the studio window: keys from the session list and the player reach the review,
 * the Edit menu names what it will undo, an approval shows in the browser, and the audit window
 * lists the edits. Real window, real workspace; only the reviewer's name is answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class StudioReviewTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private FxTaskExecutor executor;
    private StudioViewModel model;
    private AnsweringDialogs dialogs;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        TestSessions.add(workspace, TestSessions.info("s-alice-mail", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-bob-shell", "bob", "native",
                TestSessions.MORNING.plusHours(3)), TestSessions.movesIn("Terminal", 40));
        executor = new FxTaskExecutor();
        StudioViewModel[] self = new StudioViewModel[1];
        dialogs = new AnsweringDialogs(new FxDialogService(() -> stage, () -> self[0].getTheme()));
        model = new StudioViewModel(workspace, executor, dialogs, ListShownPreferences.create());
        self[0] = model;
        scene = new Scene(new MainWindow(model, stage::close), 1280, 800);
        stage.setScene(scene);
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        executor.close();
        workspace.close();
    }

    @Test
    void inOutAndEnterMakeATaskOnTheTimelineAndInTheTableAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");

        robot.type(KeyCode.I);
        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        }
        robot.type(KeyCode.O);
        robot.type(KeyCode.ENTER);

        assertThat(review().tasks()).singleElement().satisfies(task -> {
            assertThat(task.startMs()).isZero();
            assertThat(task.endMs()).isEqualTo(3 * org.trailmark.ui.player.PlayerViewModel.BIG_STEP_MS);
        });
        assertThat(model.player().timeline().getTaskSpans()).hasSize(1);
        TableView<Task> tasks = robot.lookup("#" + ReviewStyles.ID_TASKS).queryTableView();
        assertThat(tasks.getItems()).hasSize(1);
        assertThat(dialogs.reviewerAsked).as("the name is asked once, at the first edit").isEqualTo(1);
        assertThat(workspace.review().tasks("s-alice-mail")).hasSize(1);
        assertThat(menuItem(StudioAction.UNDO).getText()).isEqualTo("Undo Add task");
        assertThat(menuItem(StudioAction.UNDO).isDisable()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(review().tasks()).isEmpty();
        assertThat(tasks.getItems()).isEmpty();
        assertThat(model.player().timeline().getTaskSpans()).isEmpty();
        assertThat(workspace.review().tasks("s-alice-mail")).isEmpty();
        assertThat(menuItem(StudioAction.UNDO).getText()).isEqualTo("Undo");
        assertThat(menuItem(StudioAction.UNDO).isDisable()).isTrue();
        assertThat(menuItem(StudioAction.REDO).getText()).isEqualTo("Redo Add task");
        assertThat(dialogs.reviewerAsked).isEqualTo(1);
    }

    @Test
    void sSplitsATaskAndShiftSStillSwitchesSkipIdle(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> review().taskEditing().addTask(0, 10_000, "Read the inbox", null));
        robot.interact(() -> model.player().seek(4_000));
        boolean skipping = model.player().skipIdleProperty().get();

        robot.clickOn("s-alice-mail");
        robot.type(KeyCode.S);
        robot.press(KeyCode.SHIFT).type(KeyCode.S).release(KeyCode.SHIFT);

        assertThat(review().tasks()).extracting(Task::startMs, Task::endMs)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 4_000),
                        org.assertj.core.groups.Tuple.tuple(4_000, 10_000));
        assertThat(model.player().skipIdleProperty().get()).isNotEqualTo(skipping);
    }

    @Test
    void approvingShowsInTheBrowsersStatusColumnWithoutMovingThePlayhead(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> model.player().seek(30_000));

        robot.clickOn("#" + ReviewStyles.ID_APPROVE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(workspace.review().status("s-alice-mail").status()).isEqualTo(ReviewStatus.APPROVED);
        TableView<SessionRow> sessions = robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
        assertThat(sessions.getItems()).filteredOn(r -> r.id().equals("s-alice-mail"))
                .extracting(SessionRow::status).containsExactly(ReviewStatus.APPROVED);
        assertThat(robot.from(sessions).lookup("Approved").tryQuery()).as("the Status cell").isPresent();
        assertThat(model.player().getTimeMs()).isEqualTo(30_000);
        assertThat(model.browser().getSelected().id()).isEqualTo("s-alice-mail");
    }

    @Test
    void nextSessionToReviewOpensTheOldestUnreviewedOne(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> review().approve());

        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen("s-bob-shell"));
        assertThat(model.browser().getSelected().id()).isEqualTo("s-bob-shell");
    }

    @Test
    void theAuditWindowListsTheEdit(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        robot.interact(() -> review().taskEditing().addTask(1_000, 5_000, "Read the inbox", null));

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A).release(KeyCode.A, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup("#" + ReviewStyles.ID_AUDIT).tryQuery().isPresent());

        Node view = robot.lookup("#" + ReviewStyles.ID_AUDIT).query();
        TableView<AuditEntry> log = robot.from(view).lookup(".table-view").queryTableView();
        assertThat(log.getItems()).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("edit");
            assertThat(entry.sessionId()).isEqualTo("s-alice-mail");
            assertThat(entry.actor()).isEqualTo(AnsweringDialogs.NAME);
            assertThat(entry.detail()).doesNotContain("Read the inbox");
        });
        robot.interact(() -> view.getScene().getWindow().hide());
    }

    @Test
    void deleteWithTheFlagsTabInFrontDeletesTheSelectedFlagAndKeepsTheTask(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        aTaskAndAFlagBothSelected(robot);

        robot.clickOn("Sensitive flags");
        robot.clickOn(firstRow(robot, ReviewStyles.ID_FLAGS));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(review().flags()).isEmpty();
        assertThat(review().tasks()).hasSize(1);
        assertThat(menuItem(StudioAction.UNDO).getText()).isEqualTo("Undo Delete flag");
    }

    @Test
    void deleteWithTheTasksTabInFrontDeletesTheSelectedTaskAndKeepsTheFlag(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        aTaskAndAFlagBothSelected(robot);

        robot.clickOn("Sensitive flags");
        robot.clickOn("Tasks");
        robot.clickOn(firstRow(robot, ReviewStyles.ID_TASKS));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(review().tasks()).isEmpty();
        assertThat(review().flags()).hasSize(1);
        assertThat(menuItem(StudioAction.UNDO).getText()).isEqualTo("Undo Delete task");
    }

    @Test
    void noReviewControlIsCutShortAt1280By800(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        aTaskAndAFlagBothSelected(robot);
        robot.interact(() -> review().setStatus(ReviewStatus.IN_REVIEW, null));
        Node panel = robot.lookup("#" + ReviewStyles.ID_PANEL).query();
        assertThat(scene.getWidth()).isEqualTo(1280);

        List<String> cut = new ArrayList<>();
        robot.interact(() -> cut.addAll(cutShort(laidOut(panel))));
        robot.clickOn("Sensitive flags");
        robot.interact(() -> cut.addAll(cutShort(laidOut(panel))));

        assertThat(cut).isEmpty();
    }

    /** A task and a flag, each selected in its table, as a reviewer has them after a while. */
    private void aTaskAndAFlagBothSelected(FxRobot robot) {
        robot.interact(() -> {
            review().taskEditing().addTask(0, 10_000, "Read the inbox", null);
            model.player().seek(2_000);
            review().markIn();
            model.player().seek(3_000);
            review().markOut();
            review().flagging().flagMarks(FlagCategory.PERSONAL_DATA, null);
        });
        assertThat(review().taskEditing().selectedTask()).isPresent();
        assertThat(review().flagging().selectedFlag()).map(Flag::category).contains(FlagCategory.PERSONAL_DATA);
    }

    /** The first row's first (read-only) cell of a review table, to click without starting an edit. */
    private static Node firstRow(FxRobot robot, String tableId) {
        return robot.from(robot.lookup("#" + tableId).queryTableView()).lookup(".table-row-cell .table-cell")
                .query();
    }

    private static Node laidOut(Node node) {
        for (int pass = 0; pass < 2; pass++) {
            node.getScene().getRoot().applyCss();
            node.getScene().getRoot().layout();
        }
        return node;
    }

    /**
     * Labels and buttons under {@code root} whose shown text differs from their text (JavaFX cuts
     * it to "Spli…" when the control is too narrow) or that reach past the right edge of
     * {@code root} or of the window. Table cells are left out: a long instruction is meant to be cut there.
     */
    private static List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        // a control too wide for the window widens the panel past the window's edge: that counts too
        double rightEdge = Math.min(root.localToScene(root.getLayoutBounds()).getMaxX(), root.getScene().getWidth());
        collectCutShort(root, rightEdge, cut);
        return cut;
    }

    private static void collectCutShort(Node node, double rightEdge, List<String> cut) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .filter(n -> n != labeled.getGraphic()).map(n -> ((Text) n).getText()).findFirst().orElse("");
            if (!shown.replace('\n', ' ').strip().equals(labeled.getText().replace('\n', ' ').strip())) {
                cut.add("\"" + labeled.getText() + "\" shows as \"" + shown + "\"");
            }
            if (labeled.localToScene(labeled.getLayoutBounds()).getMaxX() > rightEdge + 0.5) {
                cut.add("\"" + labeled.getText() + "\" reaches past the panel's edge");
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCutShort(child, rightEdge, cut);
            }
        }
    }

    private ReviewViewModel review() {
        return model.review();
    }

    private MenuItem menuItem(StudioAction action) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ActionFactory.menuItemId(action).equals(i.getId())).findFirst().orElseThrow();
    }

    private boolean isOpen(String id) {
        return model.player().sessionProperty().get() != null
                && model.player().sessionProperty().get().id().equals(id);
    }

    private void openInPlayer(FxRobot robot, String id) throws TimeoutException {
        robot.clickOn(id);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen(id) && review().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The real dialogs, except that the reviewer's name is answered (and counted) without a window. */
    private static final class AnsweringDialogs implements DialogService {
        static final String NAME = "Rita Reviewer";
        private final DialogService real;
        int reviewerAsked;

        AnsweringDialogs(DialogService real) {
            this.real = real;
        }

        @Override
        public Optional<String> askReviewerName() {
            reviewerAsked++;
            return Optional.of(NAME);
        }

        @Override
        public List<Path> chooseCaptureFiles() {
            return List.of();
        }

        @Override
        public Optional<Path> chooseContextFile() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseCaptureFolder() {
            return Optional.empty();
        }

        @Override
        public void showImportReport(ImportSummary summary) {
            real.showImportReport(summary);
        }

        @Override
        public void showError(String title, String message) {
            real.showError(title, message);
        }

        @Override
        public void showNotice(String title, String message) {
            real.showNotice(title, message);
        }

        @Override
        public void showShortcuts(boolean subjectMode) {
            real.showShortcuts(subjectMode);
        }

        @Override
        public void showAuditLog(AuditViewModel audit) {
            real.showAuditLog(audit);
        }

        @Override
        public void showProcessingRecord(org.trailmark.ui.governance.ProcessingRecordViewModel record) {
            real.showProcessingRecord(record);
        }

        @Override
        public Optional<Path> chooseRecordFile(String suggestedName) {
            return real.chooseRecordFile(suggestedName);
        }

        @Override
        public void showExportWizard(org.trailmark.ui.export.ExportWizardViewModel wizard) {
            real.showExportWizard(wizard);
        }

        @Override
        public boolean confirmWithdrawal(String meaning) {
            return false;
        }

        @Override
        public Optional<Path> chooseArchiveFile(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public void showSaved(String title, String message, Path file) {
            real.showSaved(title, message, file);
        }

        @Override
        public Optional<org.trailmark.ui.subject.ErasureScope> askErasure(
                org.trailmark.ui.subject.ErasureRequest request) {
            return Optional.empty();
        }
    }
}
