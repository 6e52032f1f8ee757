package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.player.FlaggedTitleSession.APP;
import static org.trailmark.ui.player.FlaggedTitleSession.BEFORE_FLAG_MS;
import static org.trailmark.ui.player.FlaggedTitleSession.FLAG;
import static org.trailmark.ui.player.FlaggedTitleSession.INFO;
import static org.trailmark.ui.player.FlaggedTitleSession.INSIDE_FLAG_MS;
import static org.trailmark.ui.player.FlaggedTitleSession.LOG;
import static org.trailmark.ui.player.FlaggedTitleSession.OPEN_APP;
import static org.trailmark.ui.player.FlaggedTitleSession.OPEN_TITLE;
import static org.trailmark.ui.player.FlaggedTitleSession.SECRET_TITLE;
import static org.trailmark.ui.player.FlaggedTitleSession.UNFLAGGED_MS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.replay.TimeSpan;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

/**
 * The player on a headless stage with a flag over a focus change: neither the stage caption, the
 * typed-text cards nor the inspector show the window's title, until the flag is revealed.
 */
@ExtendWith(ApplicationExtension.class)
class FlaggedTitleViewTest {
    private PlayerViewModel model;
    private SessionPlayerView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new PlayerViewModel(new SameThreadTaskExecutor());
        view = new SessionPlayerView(model);
        scene = new Scene(view, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // the headless stage is shared: drop the size an earlier test class gave it
        stage.show();
    }

    private void showAt(FxRobot robot, List<TimeSpan> spans, int ms) {
        robot.interact(() -> {
            if (model.sessionProperty().get() == null) {
                model.open(INFO, LOG);
            }
            model.setMaskedSpans(spans);
            model.seek(ms);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(view::paintNow);
    }

    private String caption(FxRobot robot) {
        return robot.lookup("#" + PlayerStyles.ID_STAGE).queryAs(ReplayStageView.class).captionText();
    }

    /** Every text on screen: text nodes, labels, fields and the words of the stage caption. */
    private List<String> visibleText(FxRobot robot) {
        List<String> texts = new ArrayList<>();
        robot.interact(() -> collect(view, texts));
        texts.add(caption(robot));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    @Test
    void aFlaggedTitleShowsNowhereBeforeOrInsideTheSpan(FxRobot robot) throws Exception {
        showAt(robot, List.of(FLAG), BEFORE_FLAG_MS);
        assertThat(visibleText(robot)).noneMatch(t -> t.contains("Jane Roe"));
        assertThat(caption(robot)).isEqualTo(APP + " \u2014 " + MaskedTitles.HIDDEN);
        assertThat(robot.lookup("." + PlayerStyles.TEXT_GROUP_TITLE_HIDDEN).queryAll()).isNotEmpty();
        render(robot, "player-flagged-title.png");

        showAt(robot, List.of(FLAG), INSIDE_FLAG_MS);
        assertThat(visibleText(robot)).noneMatch(t -> t.contains("Jane Roe"));
        assertThat(caption(robot)).isEqualTo(APP + " \u2014 " + MaskedTitles.HIDDEN);
    }

    @Test
    void revealingTheFlagShowsTheTitleAgain(FxRobot robot) throws Exception {
        showAt(robot, List.of(FLAG), BEFORE_FLAG_MS);
        showAt(robot, List.of(), BEFORE_FLAG_MS);
        assertThat(caption(robot)).isEqualTo(APP + " \u2014 " + SECRET_TITLE);
        assertThat(visibleText(robot)).contains(SECRET_TITLE);
        assertThat(robot.lookup("." + PlayerStyles.TEXT_GROUP_TITLE_HIDDEN).queryAll()).isEmpty();
        render(robot, "player-revealed-title.png");
    }

    @Test
    void anUnflaggedTitleStillShowsWhileTheFlaggedOneStaysHidden(FxRobot robot) {
        showAt(robot, List.of(FLAG), UNFLAGGED_MS);
        assertThat(caption(robot)).isEqualTo(OPEN_APP + " \u2014 " + OPEN_TITLE);
        List<String> texts = visibleText(robot);
        assertThat(texts).contains(OPEN_TITLE, MaskedTitles.HIDDEN);
        assertThat(texts).noneMatch(t -> t.contains("Jane Roe"));
    }

    /** Writes the scene to screenshots/ beside the test classes, for a person to look at. */
    private void render(FxRobot robot, String name) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.paintNow();
            image[0] = scene.snapshot(null);
        });
        Path testClasses = Path.of(FlaggedTitleViewTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
    }
}
