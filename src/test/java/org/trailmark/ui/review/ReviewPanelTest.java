package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.Workspace;
import org.trailmark.ui.StudioAction;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.player.SessionPlayerView;
import org.trailmark.ui.theme.Theme;

/** The review panel beside the player and its timeline on a real (headless) stage. */
@ExtendWith(ApplicationExtension.class)
class ReviewPanelTest {
    private static final GeneratedSession WEBMAIL = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);

    private Path dir;
    private Workspace workspace;
    private PlayerViewModel player;
    private ReviewViewModel model;
    private ReviewPanel panel;
    private SessionPlayerView playerView;
    private Scene scene;
    private Answers answers;

    /** Dialog answers, without windows. */
    private static final class Answers implements ReviewPrompts {
        boolean approveAnyway;
        final List<Long> approvalsAsked = new java.util.ArrayList<>();
        final List<org.trailmark.replay.TimeSpan> regionsAsked = new java.util.ArrayList<>();

        @Override
        public boolean approveWithUndecidedTasks(long undecided) {
            approvalsAsked.add(undecided);
            return approveAnyway;
        }

        @Override
        public Optional<String> reviewerName() {
            return Optional.of("Ada");
        }

        @Override
        public Optional<FlagChoice> flag() {
            return Optional.of(new FlagChoice(FlagCategory.PERSONAL_DATA, "customer e-mail address"));
        }

        @Override
        public Optional<RegionChoice> region(org.trailmark.replay.TimeSpan proposed, long durationMs) {
            regionsAsked.add(proposed);
            return Optional.empty();
        }

        @Override
        public Optional<String> rejectionReason() {
            return Optional.of("private chat throughout");
        }

        @Override
        public Optional<List<Label>> labels(List<Label> current) {
            return Optional.empty();
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("review-panel");
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        workspace.sessions().add(ReviewViewModelTest.withSuggestion(WEBMAIL.info()), WEBMAIL.log(), null, "test");
        player = new PlayerViewModel(new SameThreadTaskExecutor());
        model = new ReviewViewModel(workspace, player, null);
        playerView = new SessionPlayerView(player);
        panel = new ReviewPanel(model);
        answers = new Answers();
        panel.setPrompts(answers);
        panel.installKeys(playerView);
        SplitPane root = new SplitPane(playerView, panel);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.setDividerPositions(0.62);
        scene = new Scene(root, 1400, 1040);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the headless stage is shared: drop the size an earlier test class gave it
        stage.show();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            player.load(workspace, WEBMAIL.info().id());
            model.setReviewer("Ada");
            model.editLabels(ReviewViewModelTest.LABELS);
            model.clearHistory();
            playerView.requestFocus();
        });
    }

    @Test
    void iOAndEnterCreateATaskFromTheKeyboardAndTheTablesShowIt(FxRobot robot) {
        open(robot);
        robot.interact(() -> player.seek(1_000));
        robot.type(KeyCode.I);
        robot.interact(() -> player.seek(4_000));
        robot.type(KeyCode.O);
        robot.type(KeyCode.DIGIT2);
        robot.type(KeyCode.ENTER);
        assertThat(model.tasks()).singleElement().satisfies(t -> {
            assertThat(t.startMs()).isEqualTo(1_000);
            assertThat(t.endMs()).isEqualTo(4_000);
            assertThat(t.label()).isEqualTo("Browse");
        });
        assertThat(panel.taskTable().getItems()).hasSize(1);
        assertThat(panel.taskTable().getSelectionModel().getSelectedItem()).isEqualTo(model.tasks().get(0));
        assertThat(player.timeline().getTaskSpans()).hasSize(1);
    }

    @Test
    void shiftFFlagsTheMarkedSpanAndUndoTakesItBack(FxRobot robot) {
        open(robot);
        robot.interact(() -> player.seek(2_000));
        robot.type(KeyCode.I);
        robot.interact(() -> player.seek(3_000));
        robot.type(KeyCode.O);
        robot.press(KeyCode.SHIFT).type(KeyCode.F).release(KeyCode.SHIFT);
        assertThat(model.flags()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(FlagCategory.PERSONAL_DATA);
            assertThat(f.reason()).isEqualTo("customer e-mail address");
        });
        assertThat(panel.flagTable().getItems()).hasSize(1);
        assertThat(model.undoTextProperty().get()).isEqualTo("Undo Add flag");
        robot.interact(model::undo);
        assertThat(model.flags()).isEmpty();
        assertThat(panel.flagTable().getItems()).isEmpty();
    }

    @Test
    void approveAndRejectButtonsSetTheStatusWithTheReviewer(FxRobot robot) {
        open(robot);
        robot.clickOn("#" + ReviewStyles.ID_APPROVE);
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(robot.lookup("#" + ReviewStyles.ID_STATUS).queryLabeled().getText()).isEqualTo("Approved \u00b7 Ada");
        robot.clickOn("#" + ReviewStyles.ID_REJECT);
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(model.reviewProperty().get().reason()).isEqualTo("private chat throughout");
        robot.interact(model::undo);
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void approveWithATaskWithoutOutcomeAsksFirstAndCancelLeavesTheStatus(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            Task decided = model.taskEditing().addTask(0, 2_000, "Open the inbox", null).orElseThrow();
            model.taskEditing().setOutcome(decided.id(), TaskOutcome.SUCCESS);
            model.taskEditing().addTask(2_000, 4_000, "Reply to Bob", null);
            model.setStatus(ReviewStatus.IN_REVIEW, null);
        });

        robot.clickOn("#" + ReviewStyles.ID_APPROVE);

        assertThat(answers.approvalsAsked).containsExactly(1L);
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(workspace.review().status(WEBMAIL.info().id()).status()).isEqualTo(ReviewStatus.IN_REVIEW);

        answers.approveAnyway = true;
        robot.clickOn("#" + ReviewStyles.ID_APPROVE);

        assertThat(answers.approvalsAsked).containsExactly(1L, 1L);
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void approveWithEveryTaskDecidedAsksNothing(FxRobot robot) {
        open(robot);
        robot.interact(() -> {
            Task task = model.taskEditing().addTask(0, 2_000, "Open the inbox", null).orElseThrow();
            model.taskEditing().setOutcome(task.id(), TaskOutcome.FAILURE);
        });

        robot.clickOn("#" + ReviewStyles.ID_APPROVE);

        assertThat(answers.approvalsAsked).isEmpty();
        assertThat(model.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    /** A second click must land on the button the first one did, whatever the status now says. */
    @Test
    void theWorkflowButtonsStayPutWhateverTheStatusSays(FxRobot robot) {
        open(robot);
        List<String> buttons = List.of("Start review", "Mark reviewed", "Approve", "Reject\u2026", "Labels\u2026");
        java.util.Map<String, java.util.Set<Double>> xs = new java.util.TreeMap<>();
        List<Runnable> statuses = List.of(() -> { },
                () -> model.setStatus(ReviewStatus.IN_REVIEW, null),
                () -> model.setStatus(ReviewStatus.REVIEWED, null),
                () -> model.approve(),
                () -> model.reject("a private chat with the bank runs through the whole second half of it"),
                () -> model.setStatus(ReviewStatus.NEW, null));
        for (Runnable status : statuses) {
            robot.interact(() -> {
                status.run();
                scene.getRoot().applyCss();
                scene.getRoot().layout();
                for (String text : buttons) {
                    Button b = robot.lookup((Node n) -> n instanceof Button x && text.equals(x.getText())).queryButton();
                    xs.computeIfAbsent(text, k -> new java.util.TreeSet<>())
                            .add(b.localToScene(b.getLayoutBounds()).getMinX());
                }
            });
        }
        assertThat(xs).hasSize(buttons.size());
        assertThat(xs.values()).allSatisfy(positions -> assertThat(positions).hasSize(1));
    }

    @Test
    void typingInAnInstructionCellLabelsNothing(FxRobot robot) {
        open(robot);
        robot.interact(() -> model.taskEditing().addTask(1_000, 3_000, "", null));
        robot.interact(() -> {
            panel.taskTable().layout();
            panel.taskTable().edit(0, panel.taskTable().getColumns().get(3));
        });
        robot.write("Open 1 mail");
        robot.type(KeyCode.ENTER);
        assertThat(model.tasks()).singleElement().satisfies(t -> {
            assertThat(t.instruction()).isEqualTo("Open 1 mail");
            assertThat(t.label()).isNull();
        });
        assertThat(model.inMarkProperty().get()).isNull();
    }

    @Test
    void deleteInTheFlagsTabDeletesTheSelectedFlagNotTheSelectedTask(FxRobot robot) {
        open(robot);
        aTaskAndAFlag(robot);

        robot.clickOn("Sensitive flags");
        robot.clickOn(firstCell(robot, panel.flagTable()));
        robot.type(KeyCode.DELETE);

        assertThat(panel.flagsInFront()).isTrue();
        assertThat(model.flags()).isEmpty();
        assertThat(model.tasks()).hasSize(1);
    }

    @Test
    void deleteInTheTasksTabDeletesTheSelectedTaskNotTheSelectedFlag(FxRobot robot) {
        open(robot);
        aTaskAndAFlag(robot);

        robot.clickOn("Tasks");
        robot.clickOn(firstCell(robot, panel.taskTable()));
        robot.type(KeyCode.DELETE);

        assertThat(panel.flagsInFront()).isFalse();
        assertThat(model.tasks()).isEmpty();
        assertThat(model.flags()).hasSize(1);
    }

    @Test
    void deleteLeavesAFlagTheRecordedPersonSetAndSaysWhy(FxRobot robot) {
        Flag mark = workspace.flags().replace(WEBMAIL.info().id(), List.of(), List.of(new Flag(0, WEBMAIL.info().id(),
                1_000, 4_000, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null, FlagStatus.CONFIRMED)),
                "subject marks private", "subject").get(0);
        open(robot);

        robot.clickOn("Sensitive flags");
        robot.clickOn(firstCell(robot, panel.flagTable()));
        robot.type(KeyCode.DELETE);

        assertThat(model.flags()).containsExactly(mark);
        assertThat(robot.lookup("#" + ReviewStyles.ID_MESSAGE).queryLabeled().getText())
                .contains("marked private by the recorded person");
    }

    @Test
    void theShortButtonsNameTheirKeyInTheTooltip(FxRobot robot) {
        open(robot);
        Button split = robot.lookup((Node n) -> n instanceof Button b && "Split".equals(b.getText()))
                .queryButton();
        assertThat(split.getTooltip().getText()).isEqualTo(StudioAction.SPLIT_TASK.label() + " ("
                + StudioAction.SPLIT_TASK.keysText() + ")");
        Button flag = robot.lookup((Node n) -> n instanceof Button b && "Flag\u2026".equals(b.getText()))
                .queryButton();
        assertThat(flag.getTooltip().getText()).endsWith("(Shift+F)");
    }

    private void aTaskAndAFlag(FxRobot robot) {
        robot.interact(() -> {
            model.taskEditing().addTask(0, 5_000, "Open the inbox", null);
            player.seek(1_000);
            model.markIn();
            player.seek(2_000);
            model.markOut();
            model.flagging().flagMarks(FlagCategory.PERSONAL_DATA, null);
        });
        assertThat(model.taskEditing().selectedTask()).isPresent();
        assertThat(model.flagging().selectedFlag()).isPresent();
    }

    /** The first row's read-only time cell: a click there selects without starting an edit. */
    private static Node firstCell(FxRobot robot, javafx.scene.control.TableView<?> table) {
        return robot.from(table).lookup(".table-row-cell .table-cell").query();
    }

    /** A labelled sample session beside the player, rendered for a look at the panel on its own. */
    @Test
    void rendersALabelledSession(FxRobot robot) throws Exception {
        open(robot);
        PlantedSecret email = WEBMAIL.planted().stream().filter(p -> p.kind() == SecretKind.EMAIL).findFirst()
                .orElseThrow();
        int duration = (int) player.timeline().getDurationMs();
        robot.interact(() -> {
            Task first = model.taskEditing().addTask(0, duration / 3, "Find the invoice e-mail from Acme", "E-mail").orElseThrow();
            model.taskEditing().setOutcome(first.id(), TaskOutcome.SUCCESS);
            Task second = model.taskEditing().addTask(duration / 4, duration / 2, "Look up the order in the shop", "Browse")
                    .orElseThrow();
            model.taskEditing().setOutcome(second.id(), TaskOutcome.SUCCESS);
            model.taskEditing().addTask(duration / 2 + 500, duration - 1_000, "Reply with the delivery date", "E-mail");
            player.seek(email.startMs());
            model.markIn();
            player.seek(email.endMs() + 1);
            model.markOut();
            model.flagging().flagMarks(FlagCategory.PERSONAL_DATA, "customer e-mail address");
            model.setStatus(ReviewStatus.IN_REVIEW, null);
            player.seek(email.endMs() + 400);
            model.taskEditing().selectedTaskIdProperty().set(first.id());
        });
        assertThat(player.timeline().taskLanesProperty().get()).isEqualTo(2);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            playerView.paintNow();
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            playerView.paintNow();
            image[0] = scene.snapshot(null);
        });
        Path testClasses = Path.of(ReviewPanelTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve("review-panel-light.png");
        Files.createDirectories(out.getParent());
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(png, "png", out.toFile());
        assertThat(png.getWidth()).isEqualTo(1400);
    }
}
