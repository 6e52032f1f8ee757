package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.BackgroundTask;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.player.PlayerStyles;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.timeline.TimelineView;
import org.trailmark.ui.theme.Theme;

/** The studio window, browser and player together, on a real (headless) stage with a real workspace. */
@ExtendWith(ApplicationExtension.class)
class StudioWindowTest {
    @TempDir
    static Path dir;

    private Workspace workspace;
    private FxTaskExecutor executor;
    private StudioViewModel model;
    private Scene scene;
    private int roleSwitches;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        TestSessions.add(workspace, TestSessions.info("s-alice-mail", "alice", "native", TestSessions.MORNING),
                TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-bob-shell", "bob", "native",
                TestSessions.MORNING.plusHours(3)), TestSessions.movesIn("Terminal", 40));
        executor = new FxTaskExecutor();
        StudioViewModel[] self = new StudioViewModel[1];
        FxDialogService dialogs = new FxDialogService(() -> stage, () -> self[0].getTheme());
        model = new StudioViewModel(workspace, executor, dialogs, ListShownPreferences.create());
        self[0] = model;
        scene = new Scene(new MainWindow(model, stage::close, () -> roleSwitches++,
                InertWorkspaceSwitch.over(workspace, executor)), 1280, 800);
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
    void theWorkspaceSessionsAppearAsRowsWithTheStatusBarFigures(FxRobot robot) {
        TableView<SessionRow> table = robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
        assertThat(table.getItems()).extracting(SessionRow::id).containsExactly("s-alice-mail", "s-bob-shell");
        assertThat(robot.lookup("#" + NodeIds.STATUS_COUNT).queryLabeled().getText()).isEqualTo("2 sessions");
        assertThat(robot.lookup("#" + NodeIds.STATUS_WORKSPACE).queryLabeled().getText())
                .endsWith(".trailmark");
        assertThat(robot.lookup("#" + NodeIds.EMPTY_STATE).query().isVisible()).isFalse();
        assertThat(robot.lookup("00:01:35").tryQuery()).as("duration cell of s-alice-mail").isPresent();
    }

    @Test
    void clickingARowShowsThatSessionsFigures(FxRobot robot) {
        robot.clickOn("s-alice-mail");

        Set<String> texts = detailTexts(robot);
        assertThat(texts).contains("s-alice-mail", "Firefox, Code", "00:01:35", "pointer_move", "button_down",
                "button_up", "wheel", "key_down", "key_up", "focus", "field", "pause", "resume", "marker",
                "trailmark-capture 1.2.0", "1920×1080");
        assertThat(model.browser().getSelected().id()).isEqualTo("s-alice-mail");
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) {
        robot.clickOn("#" + NodeIds.FILTER_FIELD).write("bob");
        TableView<SessionRow> table = robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
        assertThat(table.getItems()).extracting(SessionRow::id).containsExactly("s-bob-shell");
        assertThat(robot.lookup("#" + NodeIds.STATUS_COUNT).queryLabeled().getText())
                .isEqualTo("1 of 2 sessions shown");

        robot.type(KeyCode.ESCAPE);
        assertThat(table.getItems()).hasSize(2);
    }

    @Test
    void theThemeShortcutSwapsTheColourSheet(FxRobot robot) {
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("/styles/light.css"));
        robot.clickOn("#" + NodeIds.SESSION_TABLE);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getTheme()).isEqualTo(Theme.DARK);
        assertThat(scene.getStylesheets()).anyMatch(s -> s.endsWith("/styles/dark.css"))
                .noneMatch(s -> s.endsWith("/styles/light.css"));
    }

    @Test
    void importingAMalformedFileShowsWhereItIsBrokenInTheReport(FxRobot robot) throws Exception {
        Path broken = dir.resolve("broken-" + UUID.randomUUID() + ".jsonl");
        Files.writeString(broken, "{\"format\":\"trailmark\", nope\n", StandardCharsets.UTF_8);

        robot.interact(() -> model.importPaths(List.of(broken)));
        Node report = waitForNode(robot, "#" + NodeIds.IMPORT_REPORT);

        TextArea problems = robot.from(report).lookup((Node n) -> n instanceof TextArea).query();
        assertThat(problems.getText()).startsWith(broken.getFileName() + ":1: ");
        assertThat(robot.lookup("Nothing imported").tryQuery()).isPresent();
        assertThat(model.browser().sessionCountProperty().get()).isEqualTo(2);
        robot.type(KeyCode.ENTER);
    }

    @Test
    void backgroundWorkShowsItsProgressInTheStatusBarUntilItEnds(FxRobot robot) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> executor.execute(BackgroundTask.of("Importing 3 inputs", progress -> {
            progress.update("Reading alice.jsonl.gz", 0.25);
            release.await();
            return null;
        })));
        Node bar = robot.lookup("#" + NodeIds.STATUS_PROGRESS).query();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> shown(bar)
                && ((ProgressBar) bar).getProgress() == 0.25);
        assertThat(robot.lookup("Reading alice.jsonl.gz").tryQuery()).isPresent();
        assertThat(robot.lookup((Node n) -> n instanceof Button b && "Import files".equals(b.getText()))
                .queryAllAs(Button.class)).isNotEmpty().allMatch(Button::isDisabled);

        release.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !shown(bar));
        assertThat(model.progress().isRunning()).isFalse();
    }

    @Test
    void selectingASessionShowsItInThePlayer(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-bob-shell");

        assertThat(robot.lookup("#" + PlayerStyles.ID_EMPTY).query().isVisible()).isFalse();
        assertThat(robot.lookup("#" + PlayerStyles.ID_TIME).queryLabeled().getText()).endsWith("/ 0:00.320");
        openInPlayer(robot, "s-alice-mail");
        assertThat(robot.lookup("#" + PlayerStyles.ID_TIME).queryLabeled().getText()).endsWith("/ 1:35.000");
    }

    @Test
    void spaceAfterPickingASessionPlaysItAndSpaceAgainPauses(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");

        robot.type(KeyCode.SPACE);
        assertThat(player().isPlaying()).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> player().getTimeMs() > 0);
        robot.type(KeyCode.SPACE);

        assertThat(player().isPlaying()).isFalse();
        assertThat(model.browser().getSelected().id()).as("Space did not move the list").isEqualTo("s-alice-mail");
    }

    @Test
    void playbackKeysWorkFromTheSessionListExceptItsOwnArrows(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");

        robot.type(KeyCode.END);
        assertThat(player().getTimeMs()).isEqualTo(95_000);
        robot.type(KeyCode.HOME);
        robot.type(KeyCode.RIGHT);
        assertThat(player().getTimeMs()).isPositive();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen("s-bob-shell"));
    }

    @Test
    void draggingTheTimelinePlayheadMovesTheTime(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        TimelineView timeline = robot.lookup("#" + PlayerStyles.ID_TIMELINE).queryAs(TimelineView.class);
        Point2D from = timeline.localToScreen(160, 90);
        Point2D to = timeline.localToScreen(timeline.getWidth() * 0.7, 90);

        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(player().getTimeMs()).isGreaterThan(30_000);
        assertThat(player().getState().timeMs()).isEqualTo(player().getTimeMs());
    }

    @Test
    void plusAndMinusZoomTheTimelineAndFShowsTheWholeSession(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");
        double whole = player().timeline().getVisibleLengthMs();

        robot.type(KeyCode.EQUALS);
        robot.type(KeyCode.EQUALS);
        assertThat(player().timeline().getVisibleLengthMs()).isLessThan(whole / 3);
        robot.type(KeyCode.MINUS);
        assertThat(player().timeline().getVisibleLengthMs()).isLessThan(whole).isGreaterThan(whole / 3);
        robot.type(KeyCode.F);
        assertThat(player().timeline().getVisibleLengthMs()).isEqualTo(whole);
    }

    @Test
    void spaceInTheFilterFieldTypesASpaceAndDoesNotPlay(FxRobot robot) throws Exception {
        openInPlayer(robot, "s-alice-mail");

        robot.clickOn("#" + NodeIds.FILTER_FIELD).write("s-");
        robot.type(KeyCode.SPACE);
        robot.type(KeyCode.L, KeyCode.K, KeyCode.HOME);

        assertThat(model.browser().getFilterText()).startsWith("s- ");
        assertThat(player().isPlaying()).isFalse();
        assertThat(player().getSpeed()).isEqualTo(1);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theMenusListEveryActionButThePanelsOwnKeys(FxRobot robot) {
        for (StudioAction action : StudioAction.values()) {
            if (action.isPanelKey() || !action.isOffered(false)) {
                assertThat(menuItem(action)).as(action.name()).isNull();
                continue;
            }
            assertThat(menuItem(action)).as(action.name()).isNotNull();
            assertThat(menuItem(action).getParentMenu().getText()).isEqualTo(action.group().label());
        }
        assertThat(menuItem(StudioAction.PLAY_PAUSE).getParentMenu().getText()).isEqualTo("Playback");
        assertThat(menuItem(StudioAction.ZOOM_IN).getParentMenu().getText()).isEqualTo("View");
        assertThat(menuItem(StudioAction.PLAY_PAUSE).getAccelerator()).isEqualTo(StudioAction.PLAY_PAUSE.accelerator());
        // what only a subject does is not offered to a labeler; switching roles is offered to both
        assertThat(menuItem(StudioAction.MARK_PRIVATE)).isNull();
        assertThat(menuItem(StudioAction.MY_DATA)).isNull();
        robot.interact(() -> menuItem(StudioAction.SWITCH_ROLE).fire());
        assertThat(roleSwitches).isEqualTo(1);
    }

    @Test
    void aReadOnlyWorkspaceShowsTheBadgeAndOffersNoImports(FxRobot robot) {
        try (Workspace readOnly = Workspace.openReadOnly(workspace.file().orElseThrow())) {
            StudioViewModel viewer = new StudioViewModel(readOnly, new org.trailmark.ui.common.SameThreadTaskExecutor(),
                    new RecordingDialogs(), ListShownPreferences.create());
            Scene[] other = new Scene[1];
            robot.interact(() -> {
                other[0] = new Scene(new MainWindow(viewer, () -> { }), 1280, 800);
                viewer.start(false);
                other[0].getRoot().applyCss();
                other[0].getRoot().layout();
            });

            Node badge = other[0].getRoot().lookup("#" + StatusBar.ID_READ_ONLY);
            assertThat(badge.isVisible()).isTrue();
            assertThat(other[0].getRoot().lookupAll(".button")).filteredOn(n -> n instanceof Button b
                    && b.getText() != null && b.getText().startsWith("Import")).isNotEmpty().allMatch(Node::isDisabled);
            assertThat(viewer.player().sessionProperty().get()).as("replay still works").isNotNull();
            assertThat(robot.lookup("#" + StatusBar.ID_READ_ONLY).query().isVisible())
                    .as("the writable window has no badge").isFalse();
            robot.interact(viewer::close);
        }
    }

    private javafx.scene.control.MenuItem menuItem(StudioAction action) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) scene.getRoot().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> ActionFactory.menuItemId(action).equals(i.getId())).findFirst().orElse(null);
    }

    private PlayerViewModel player() {
        return model.player();
    }

    private boolean isOpen(String id) {
        return player().sessionProperty().get() != null && player().sessionProperty().get().id().equals(id);
    }

    /** Clicks the session's row and waits until the player has read it in the background. */
    private void openInPlayer(FxRobot robot, String id) throws TimeoutException {
        robot.clickOn(id);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> isOpen(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Visible itself and inside visible parents, i.e. on screen. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> detailTexts(FxRobot robot) {
        Node details = robot.lookup("#" + NodeIds.DETAILS).query();
        return robot.from(details).lookup((Node n) -> n instanceof Label).queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toSet());
    }

    private static Node waitForNode(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        return robot.lookup(query).query();
    }

}
