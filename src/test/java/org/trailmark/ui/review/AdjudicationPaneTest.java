package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Task;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AssignmentsFixture;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.player.SessionPlayerView;
import org.trailmark.ui.theme.Theme;

/** The Adjudicate tab on a real (headless) stage at 1280×800: rows side by side, pick with the mouse, Take. */
@ExtendWith(ApplicationExtension.class)
class AdjudicationPaneTest {
    private static final GeneratedSession WEBMAIL = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);

    private Workspace workspace;
    private ReviewViewModel model;
    private ReviewPanel panel;
    private SessionPlayerView playerView;
    private PlayerViewModel player;
    private Scene scene;
    private Task anasSecond;

    @Start
    void start(Stage stage) throws Exception {
        Path file = Files.createTempDirectory("adjudication").resolve("ws.trailmark");
        workspace = Workspace.open(file);
        workspace.sessions().add(WEBMAIL.info(), WEBMAIL.log(), null, "test");
        String id = WEBMAIL.info().id();
        AssignmentsFixture.assign(file, id, "ana", "bo");
        int length = (int) workspace.sessions().find(id).orElseThrow().durationMs();
        ReviewService labels = new ReviewService(workspace, "rev");
        labels.editLabels(ReviewViewModelTest.LABELS);
        ReviewService ana = as("ana");
        ana.addTask(Task.draft(id, 0, length / 3, "Read the inbox", "E-mail", null));
        anasSecond = ana.addTask(Task.draft(id, length / 3, length - 1_000, "Answer the customer", "E-mail", null));
        ana.addFlag(Flag.manual(id, length / 5, length / 4, FlagCategory.PERSONAL_DATA, null));
        ana.submitMyVersion(id);
        ReviewService bo = as("bo");
        bo.addTask(Task.draft(id, 0, length / 2, "Check mail", "E-mail", null));
        bo.addTask(Task.draft(id, length / 2, length - 500, "Look up the order", "Browse", null));
        bo.submitMyVersion(id);
        workspace.currentUser().actAs("rev");

        player = new PlayerViewModel(new SameThreadTaskExecutor());
        model = new ReviewViewModel(workspace, player, "rev");
        playerView = new SessionPlayerView(player);
        panel = new ReviewPanel(model);
        SplitPane root = new SplitPane(playerView, panel);
        root.setOrientation(javafx.geometry.Orientation.VERTICAL);
        root.setDividerPositions(0.55);
        scene = new Scene(root, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private ReviewService as(String user) {
        workspace.currentUser().actAs(user);
        return new ReviewService(workspace, user);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theVersionsShowSideBySideAndAClickedSpanIsTakenIntoGold(FxRobot robot) throws Exception {
        robot.interact(() -> {
            player.load(workspace, WEBMAIL.info().id());
            TabPane tabs = robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                    .anyMatch(t -> t.getText().equals("Adjudicate"))).queryAs(TabPane.class);
            tabs.getSelectionModel().select(2);
        });
        List<Node> rows = List.copyOf(robot.lookup("." + AdjudicationPane.ROW).queryAll());
        assertThat(rows).extracting(r -> ((Labeled) ((javafx.scene.layout.HBox) r).getChildren().get(0)).getText())
                .containsExactly(AdjudicationModel.GOLD_ROW, "ana", "bo");
        Node answer = robot.lookup("." + AdjudicationPane.TASK).match(n -> n instanceof Labeled l
                && l.getText().equals("E-mail \u00b7 Answer the customer") && isIn(n, rows.get(1))).query();

        robot.clickOn(answer);
        assertThat(model.adjudication().pickedProperty().get())
                .isEqualTo(new AdjudicationModel.Pick("ana", false, anasSecond.id()));
        render(robot, "adjudication-light.png");
        Button take = robot.lookup(".button").match(n -> n instanceof Button b && "Take".equals(b.getText()))
                .queryAs(Button.class);
        robot.clickOn(take);

        assertThat(workspace.review().tasks(WEBMAIL.info().id())).extracting(Task::instruction)
                .containsExactly("Answer the customer");
        assertThat(robot.lookup("." + AdjudicationPane.TASK).queryAll().stream().filter(n -> isIn(n,
                robot.lookup("." + AdjudicationPane.ROW).queryAll().iterator().next()))).hasSize(1);
        render(robot, "adjudication-taken-light.png");

        robot.interact(() -> robot.lookup(".tab-pane").match(n -> ((TabPane) n).getTabs().stream()
                .anyMatch(t -> t.getText().equals("Agreement"))).queryAs(TabPane.class).getSelectionModel().select(3));
        assertThat(robot.lookup("#" + AgreementPane.ID).queryAs(Labeled.class).getText())
                .contains("labelers ana, bo").contains("time slices of 1000 ms");
        render(robot, "agreement-light.png");
    }

    private static boolean isIn(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void render(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            playerView.paintNow();
            image[0] = scene.snapshot(null);
        });
        Path testClasses = Path.of(AdjudicationPaneTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(png, "png", out.toFile());
        assertThat(png.getWidth()).isEqualTo(1280);
    }
}
