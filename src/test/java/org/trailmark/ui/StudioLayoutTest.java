package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Cell;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TableView;
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
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.common.NodeIds;
import org.trailmark.ui.player.PlayerStyles;
import org.trailmark.ui.review.ReviewStyles;

/**
 * The studio at the size of a common laptop, 1280×800, with a session open: the transport bar and
 * the session list's header show their words whole (or, in the transport bar, their icons only
 * with the words in a tooltip), nothing reaches past the window's edge, and a 1600×1000 window
 * still shows every word. Hiding the session list gives its width to the stage. Opened for the
 * first time at 1280×800 the list starts hidden and the review panel docks right of the player,
 * so the replay stage takes a third of the window and the task table still shows five rows.
 */
@ExtendWith(ApplicationExtension.class)
class StudioLayoutTest {
    private static final String SESSION = "2026-03-02-alice-long-mail-session";

    @TempDir
    static Path dir;

    private Workspace workspace;
    private FxTaskExecutor executor;
    private StudioViewModel model;
    private StudioPreferences preferences;
    private Scene scene;

    @Start
    void start(Stage stage) {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        TestSessions.add(workspace, TestSessions.info(SESSION, "alice-from-accounting", "native",
                TestSessions.MORNING), TestSessions.everyKind());
        TestSessions.add(workspace, TestSessions.info("s-bob-shell", "bob", "native",
                TestSessions.MORNING.plusHours(3)), TestSessions.movesIn("Terminal", 40));
        executor = new FxTaskExecutor();
        preferences = new StudioPreferences(new MemoryPreferences());
        model = new StudioViewModel(workspace, executor, new RecordingDialogs(), preferences);
        scene = new Scene(new MainWindow(model, stage::close), 1280, 800);
        stage.setScene(scene);
        stage.setWidth(1280);
        stage.setHeight(800);
        stage.show();
        model.start(false);
    }

    @AfterEach
    void close() {
        executor.close();
        workspace.close();
    }

    @Test
    void noTransportOrSessionListWordIsCutShortAt1280By800(FxRobot robot) throws Exception {
        open(robot);
        showList(robot);
        assertThat(scene.getWidth()).isEqualTo(1280);

        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            laidOut(scene);
            cut.addAll(cutShort(transportBar(scene)));
            cut.addAll(cutShort(sessionListHeader(scene)));
        });

        assertThat(cut).isEmpty();
    }

    @Test
    void theTransportBarDropsItsWordsAt1280AndKeepsThemAt1600(FxRobot robot) throws Exception {
        open(robot);
        showList(robot);
        List<Labeled> narrow = new ArrayList<>();
        robot.interact(() -> {
            laidOut(scene);
            narrow.addAll(iconOnly(transportBar(scene)));
        });
        assertThat(narrow).as("skip idle and loop show their icons only").hasSize(2)
                .allSatisfy(b -> assertThat(b.getTooltip()).isNotNull());

        Scene wide = detached(robot, 1600, 1000);
        List<String> cut = new ArrayList<>();
        List<Labeled> wideIconOnly = new ArrayList<>();
        robot.interact(() -> {
            laidOut(wide);
            cut.addAll(cutShort(transportBar(wide)));
            cut.addAll(cutShort(sessionListHeader(wide)));
            wideIconOnly.addAll(iconOnly(transportBar(wide)));
        });
        assertThat(cut).isEmpty();
        assertThat(wideIconOnly).isEmpty();
    }

    @Test
    void theStatusColumnIsWhollyInsideTheSessionListAt1280By800(FxRobot robot) throws Exception {
        open(robot);
        showList(robot);
        TableView<?> table = robot.lookup("#" + NodeIds.SESSION_TABLE).queryTableView();
        robot.interact(() -> laidOut(scene));

        Node status = robot.from(table).lookup(".column-header").match(
                (Node n) -> n.lookup(".label") instanceof Labeled l && "Status".equals(l.getText())).query();
        double statusRight = status.localToScene(status.getLayoutBounds()).getMaxX();
        double tableRight = table.localToScene(table.getLayoutBounds()).getMaxX();
        assertThat(statusRight).isLessThanOrEqualTo(tableRight);
    }

    @Test
    void theTypedTextCardsKeepTheirAppNameAndRoleBadgeWholeAt1280By800(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> model.player().end());
        Node panel = robot.lookup("#" + PlayerStyles.ID_TEXT).query();

        List<String> cut = new ArrayList<>();
        List<Labeled> shown = new ArrayList<>();
        robot.interact(() -> {
            laidOut(scene);
            // the scroll pane's viewport: what lies past it is hidden under the scroll bar or clipped
            Node viewport = panel.lookup(".viewport");
            double rightEdge = viewport.localToScene(viewport.getLayoutBounds()).getMaxX();
            collect(panel, node -> {
                if (node instanceof Labeled l && (l.getStyleClass().contains(PlayerStyles.TEXT_GROUP_APP)
                        || l.getStyleClass().contains(PlayerStyles.ROLE_BADGE))) {
                    shown.add(l);
                    cut.addAll(cutShort(l));
                    if (l.localToScene(l.getLayoutBounds()).getMaxX() > rightEdge + 0.5) {
                        cut.add("\"" + l.getText() + "\" reaches past what the typed text panel shows");
                    }
                }
            });
        });

        assertThat(shown).as("a card with a role badge").anyMatch(
                l -> l.getStyleClass().contains(PlayerStyles.ROLE_BADGE));
        assertThat(cut).isEmpty();
    }

    @Test
    void theEventInspectorShowsAtLeastFourRowsAt1280By800(FxRobot robot) throws Exception {
        open(robot);
        Node inspector = robot.lookup("#" + PlayerStyles.ID_INSPECTOR).query();
        TableView<?> events = robot.from(inspector).lookup(".table-view").queryTableView();
        double[] rowsHigh = new double[1];
        robot.interact(() -> {
            laidOut(scene);
            Node header = events.lookup(".column-header-background");
            rowsHigh[0] = events.getHeight() - header.getLayoutBounds().getHeight();
        });

        assertThat(rowsHigh[0] / events.getFixedCellSize()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void hidingTheSessionListGivesItsWidthToTheStageAndIsRemembered(FxRobot robot) throws Exception {
        open(robot);
        showList(robot);
        double[] before = new double[1];
        robot.interact(() -> {
            laidOut(scene);
            before[0] = scene.getRoot().lookup("#" + PlayerStyles.ID_STAGE).getLayoutBounds().getWidth();
        });

        robot.interact(this::toggleSessionList);
        double[] after = new double[1];
        robot.interact(() -> {
            laidOut(scene);
            after[0] = scene.getRoot().lookup("#" + PlayerStyles.ID_STAGE).getLayoutBounds().getWidth();
        });

        assertThat(scene.getRoot().lookup("#" + NodeIds.SESSION_TABLE)).as("the list is hidden").isNull();
        assertThat(after[0]).as("the stage takes the list's width").isGreaterThan(before[0] + 250);
        assertThat(model.sessionListShown()).as("remembered").isFalse();

        robot.interact(this::toggleSessionList);
        assertThat(scene.getRoot().lookup("#" + NodeIds.SESSION_TABLE)).as("the list is back").isNotNull();
        assertThat(model.sessionListShown()).isTrue();
    }

    @Test
    void atFirstRunAt1280By800TheStageTakesAThirdOfTheWindowAndTheTaskTableFiveRows(FxRobot robot)
            throws Exception {
        open(robot);
        addTasks(robot, 6);

        double[] stageArea = new double[1];
        double[] rowsShown = new double[1];
        robot.interact(() -> {
            laidOut(scene);
            Node stage = scene.getRoot().lookup("#" + PlayerStyles.ID_STAGE);
            stageArea[0] = stage.getLayoutBounds().getWidth() * stage.getLayoutBounds().getHeight();
            rowsShown[0] = rowsInView((TableView<?>) scene.getRoot().lookup("#" + ReviewStyles.ID_TASKS));
        });

        assertThat(model.review().tasks()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(scene.getRoot().lookup("#" + NodeIds.SESSION_TABLE)).as("the list starts hidden").isNull();
        assertThat(model.sessionListChosen()).as("hidden by the window, not chosen").isFalse();
        assertThat(stageArea[0]).as("the stage's area").isGreaterThanOrEqualTo(1280 * 800 / 3.0);
        assertThat(rowsShown[0]).as("task rows in view").isGreaterThanOrEqualTo(5);
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            cut.addAll(cutShort(transportBar(scene)));
            cut.addAll(cutShort(scene.getRoot().lookup("#" + ReviewStyles.ID_PANEL)));
        });
        assertThat(cut).isEmpty();
    }

    @Test
    void theReviewPanelDocksBesideThePlayerWhenTheListHidesAndBelowWhenItShows(FxRobot robot) throws Exception {
        open(robot);
        Node panel = robot.lookup("#" + ReviewStyles.ID_PANEL).query();
        Node typedText = robot.lookup("#" + PlayerStyles.ID_TEXT).query();
        Node player = robot.lookup("#" + PlayerStyles.ID_PLAYER).query();
        robot.interact(() -> laidOut(scene));
        assertThat(beside(panel, player)).as("docked right with the list hidden").isTrue();

        showList(robot);
        robot.interact(() -> laidOut(scene));
        assertThat(below(panel, player)).as("below the player with the list shown at 1280").isTrue();
        assertThat(model.sessionListShown()).as("the shown list is remembered").isTrue();
        assertThat(model.sessionListChosen()).isTrue();

        robot.interact(this::toggleSessionList);
        robot.interact(() -> laidOut(scene));
        assertThat(beside(panel, player)).as("docked right again").isTrue();
        assertThat((Object) robot.lookup("#" + ReviewStyles.ID_PANEL).query()).as("the same panel, moved").isSameAs(panel);
        assertThat((Object) robot.lookup("#" + PlayerStyles.ID_TEXT).query()).as("the same typed text").isSameAs(typedText);
    }

    @Test
    void aWideFirstWindowShowsTheListAndARememberedChoiceWinsOverTheWidth(FxRobot robot) throws Exception {
        open(robot);
        Scene wide = detached(robot, 1600, 1000);
        robot.interact(() -> laidOut(wide));
        assertThat(wide.getRoot().lookup("#" + NodeIds.SESSION_TABLE)).as("1600 px has room for it").isNotNull();

        robot.interact(() -> preferences.setSessionListShown(true));
        Scene narrow = detached(robot, 1280, 800);
        robot.interact(() -> laidOut(narrow));
        assertThat(narrow.getRoot().lookup("#" + NodeIds.SESSION_TABLE)).as("the remembered choice").isNotNull();
    }

    @Test
    void at1600By1000WithTheListHiddenTheStageTakesAThirdOfTheWindowAndTheTaskTableFiveRows(FxRobot robot)
            throws Exception {
        open(robot);
        addTasks(robot, 6);
        robot.interact(() -> preferences.setSessionListShown(false));
        Scene wide = detached(robot, 1600, 1000);
        double[] stageArea = new double[1];
        double[] rowsShown = new double[1];
        List<String> cut = new ArrayList<>();
        robot.interact(() -> {
            laidOut(wide);
            Node stage = wide.getRoot().lookup("#" + PlayerStyles.ID_STAGE);
            stageArea[0] = stage.getLayoutBounds().getWidth() * stage.getLayoutBounds().getHeight();
            rowsShown[0] = rowsInView((TableView<?>) wide.getRoot().lookup("#" + ReviewStyles.ID_TASKS));
            cut.addAll(cutShort(transportBar(wide)));
            cut.addAll(cutShort(wide.getRoot().lookup("#" + ReviewStyles.ID_PANEL)));
        });
        assertThat(stageArea[0]).as("the stage's area").isGreaterThanOrEqualTo(1600 * 1000 / 3.0);
        assertThat(rowsShown[0]).as("task rows in view").isGreaterThanOrEqualTo(5);
        assertThat(cut).isEmpty();
    }

    private void addTasks(FxRobot robot, int count) {
        robot.interact(() -> {
            model.review().setReviewer("ann");
            for (int i = 0; i < count; i++) {
                model.review().taskEditing().addTask(i * 1_000, i * 1_000 + 900, "Task " + i, null);
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whole rows the table's viewport (its virtual flow, below the header) holds. */
    private static double rowsInView(TableView<?> table) {
        Node flow = table.lookup(".virtual-flow");
        double rowHeight = table.getFixedCellSize() > 0 ? table.getFixedCellSize()
                : table.lookup(".table-row-cell").getLayoutBounds().getHeight();
        return Math.floor(flow.getLayoutBounds().getHeight() / rowHeight);
    }

    private static boolean beside(Node panel, Node player) {
        return panel.localToScene(panel.getLayoutBounds()).getMinX()
                >= player.localToScene(player.getLayoutBounds()).getMaxX() - 0.5;
    }

    private static boolean below(Node panel, Node player) {
        return panel.localToScene(panel.getLayoutBounds()).getMinY()
                >= player.localToScene(player.getLayoutBounds()).getMaxY() - 0.5;
    }

    private void showList(FxRobot robot) {
        if (scene.getRoot().lookup("#" + NodeIds.SESSION_TABLE) == null) {
            robot.interact(this::toggleSessionList);
        }
        robot.interact(() -> laidOut(scene));
    }

    /** As a click on View ▸ Session list does: the check item flips. */
    private void toggleSessionList() {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        CheckMenuItem item = (CheckMenuItem) bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> StudioAction.SESSION_LIST.label().equals(i.getText())).findFirst().orElseThrow();
        item.setSelected(!item.isSelected());
    }

    private void open(FxRobot robot) throws Exception {
        robot.interact(() -> model.browser().select(SESSION));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.player().sessionProperty().get() != null
                && model.review().isOpen());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The window in a scene no stage shows, so it can be larger than the headless screen. */
    private Scene detached(FxRobot robot, int width, int height) {
        Scene[] detached = new Scene[1];
        robot.interact(() -> detached[0] = new Scene(new MainWindow(model, () -> { }), width, height));
        return detached[0];
    }

    private static Node transportBar(Scene scene) {
        return scene.getRoot().lookup("." + PlayerStyles.TRANSPORT);
    }

    private static Node sessionListHeader(Scene scene) {
        return scene.getRoot().lookup("#" + NodeIds.SESSION_TABLE).lookup(".column-header-background");
    }

    /** Thrice: a layout can change what the next one measures (the transport bar drops its words). */
    private static void laidOut(Scene scene) {
        for (int pass = 0; pass < 3; pass++) {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
        }
    }

    private static List<Labeled> iconOnly(Node root) {
        List<Labeled> found = new ArrayList<>();
        collect(root, node -> {
            if (node instanceof Labeled l && l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY
                    && l.getText() != null && !l.getText().isEmpty()) {
                found.add(l);
            }
        });
        return found;
    }

    /**
     * Labels and buttons whose shown text differs from their text (JavaFX cuts it to "Skip i…"
     * when a control is too narrow), or that reach past the window's right edge. A button that
     * shows its icon only on purpose, with a tooltip, is not cut; table cells are left out.
     */
    private static List<String> cutShort(Node root) {
        List<String> cut = new ArrayList<>();
        double rightEdge = root.getScene().getWidth();
        collect(root, node -> {
            if (!(node instanceof Labeled labeled) || labeled.getText() == null || labeled.getText().isEmpty()) {
                return;
            }
            if (labeled.localToScene(labeled.getLayoutBounds()).getMaxX() > rightEdge + 0.5) {
                cut.add("\"" + labeled.getText() + "\" reaches past the window's edge");
            }
            if (labeled.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                if (labeled.getTooltip() == null) {
                    cut.add("\"" + labeled.getText() + "\" shows no words and has no tooltip");
                }
                return;
            }
            String shown = labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .filter(n -> n != labeled.getGraphic()).map(n -> ((Text) n).getText()).findFirst().orElse("");
            if (!shown.replace('\n', ' ').strip().equals(labeled.getText().replace('\n', ' ').strip())) {
                cut.add("\"" + labeled.getText() + "\" shows as \"" + shown + "\"");
            }
        });
        return cut;
    }

    private static void collect(Node node, java.util.function.Consumer<Node> visit) {
        if (node == null || !node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, visit);
            }
        }
    }
}
