package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.ui.Screenshots;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

/**
 * Renders the player mid-session (just after the password of the webmail sample was typed, so the
 * typed text, a masked field and the key HUD all show) to player-light.png and player-dark.png in
 * the build folder's screenshots/. The good ones are copied to docs/screenshots/ by hand.
 */
@ExtendWith(ApplicationExtension.class)
class PlayerScreenshotsTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @RegisterExtension
    final Screenshots shots = new Screenshots();

    @Test
    void rendersThePlayerMidSessionInBothThemes(FxRobot robot) throws Exception {
        GeneratedSession webmail = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);
        PlantedSecret password = webmail.planted().stream().filter(p -> p.kind() == SecretKind.PASSWORD)
                .findFirst().orElseThrow();
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
        SessionPlayerView view = new SessionPlayerView(model);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(view, WIDTH, HEIGHT);
            Theme.LIGHT.applyTo(scene[0]);
            shots.stage().setScene(scene[0]);
            shots.stage().setWidth(WIDTH);
            shots.stage().setHeight(HEIGHT);
            model.open(webmail.info(), webmail.log());
            model.seek(password.endMs() + 400);
        });

        Path light = Screenshots.render(robot, scene[0], "player-light.png");
        robot.interact(() -> Theme.DARK.applyTo(scene[0]));
        Path dark = Screenshots.render(robot, scene[0], "player-dark.png");

        // a second moment for eyes only: just after a click, with the ripple and the trail
        robot.interact(() -> {
            Theme.LIGHT.applyTo(scene[0]);
            model.seek(password.endMs() + 400);
            model.jumpKindProperty().set(org.trailmark.replay.playback.JumpKind.CLICK);
            model.jumpNext();
            model.seekBy(120);
        });
        Screenshots.render(robot, scene[0], "player-click-light.png");

        // and a two-monitor capture with a HiDPI screen, for the layout
        org.trailmark.model.SessionInfo twoScreens = new org.trailmark.model.SessionInfo("two-screens", "subj",
                "native", webmail.info().start(), java.util.List.of(
                new org.trailmark.model.Screen(0, 0, 0, 2560, 1440, 2.0),
                new org.trailmark.model.Screen(1, 2560, 360, 1920, 1080, 1.0)),
                "test", "1", null, null);
        robot.interact(() -> {
            model.open(twoScreens, webmail.log());
            model.seek(password.endMs() + 400);
            model.jumpNext();
            model.seekBy(120);
        });
        Screenshots.render(robot, scene[0], "player-two-screens-light.png");

        // a team session whose video this computer could not fetch: the stage says why
        String why = "The video is not in the team workspace (it was erased, or never reached the server).";
        robot.interact(() -> {
            model.open(VideoSession.INFO, VideoSession.log(),
                    java.util.List.of(new MediaFile(VideoSession.media("0".repeat(64)), null, why)));
            model.setPictureMasks(PictureMasks.NONE);
            model.seek(3_000);
        });
        Screenshots.render(robot, scene[0], "player-video-not-fetched-light.png");

        BufferedImage lightImage = ImageIO.read(light.toFile());
        assertThat(lightImage.getWidth()).isEqualTo(WIDTH);
        assertThat(Screenshots.meanBrightness(ImageIO.read(dark.toFile())))
                .isLessThan(Screenshots.meanBrightness(lightImage) - 0.25);
    }
}
