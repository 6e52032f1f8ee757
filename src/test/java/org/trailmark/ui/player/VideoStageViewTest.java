package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.ScreenRegion;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;
import org.trailmark.ui.timeline.ThumbnailStripView;

/** The player with a video on a real (headless) stage: the region tool's drag and the thumbnail track. */
@ExtendWith(ApplicationExtension.class)
class VideoStageViewTest {
    private static Path folder;
    private static Path video;

    private PlayerViewModel model;
    private SessionPlayerView view;
    private final List<ScreenRegion> drawn = new ArrayList<>();

    @BeforeAll
    static void writeVideo() throws Exception {
        folder = Files.createTempDirectory("video-stage");
        video = VideoSession.writeVideo(folder.resolve("recording.mp4"));
    }

    @AfterAll
    static void removeVideo() throws Exception {
        Files.deleteIfExists(video);
        Files.deleteIfExists(folder);
    }

    @Start
    void start(Stage stage) {
        model = new PlayerViewModel(new SameThreadTaskExecutor(), FrameWorkers.sameThread());
        view = new SessionPlayerView(model);
        Scene scene = new Scene(view, 1280, 800);
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.show();
    }

    private void open(FxRobot robot) {
        robot.interact(() -> {
            model.open(VideoSession.INFO, VideoSession.log(), List.of(new MediaFile(VideoSession.media("x"), video)));
            model.setPictureMasks(PictureMasks.NONE);
            model.onRegionDrawnProperty().set(drawn::add);
            model.seek(3_000);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragOverThePictureWithTheRegionToolDrawsThatAreaInScreenPixels(FxRobot robot) {
        open(robot);
        robot.clickOn("#" + PlayerStyles.ID_REGION_TOOL);
        assertThat(model.drawingRegionProperty().get()).isTrue();
        ReplayStageView stage = robot.lookup("#" + PlayerStyles.ID_STAGE).queryAs(ReplayStageView.class);
        ReplayStageView.Transform t = ReplayStageView.Transform.fit(model.screensProperty().get(), stage.getWidth(),
                stage.getHeight());
        Point2D from = stage.localToScreen(t.x(400), t.y(200));
        Point2D to = stage.localToScreen(t.x(900), t.y(500));
        robot.drag(from, MouseButton.PRIMARY).moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(drawn).hasSize(1);
        ScreenRegion region = drawn.get(0);
        double slack = 2 / t.scale(); // a stage pixel or two
        assertThat((double) region.x()).isCloseTo(400, offset(slack));
        assertThat((double) region.y()).isCloseTo(200, offset(slack));
        assertThat((double) region.width()).isCloseTo(500, offset(2 * slack));
        assertThat((double) region.height()).isCloseTo(300, offset(2 * slack));
        assertThat(model.drawingRegionProperty().get()).isFalse();
    }

    @Test
    void theThumbnailTrackShowsForAVideoAndHidesWithout(FxRobot robot) {
        open(robot);
        ThumbnailStripView strip = robot.lookup("." + ThumbnailStripView.STYLE).queryAs(ThumbnailStripView.class);
        assertThat(strip.isVisible()).isTrue();
        assertThat(model.timeline().thumbnailsProperty().get()).anyMatch(t -> t.hasPicture());
        robot.interact(() -> model.open(VideoSession.INFO, VideoSession.log()));
        assertThat(strip.isVisible()).isFalse();
        assertThat(robot.lookup("#" + PlayerStyles.ID_REGION_TOOL).query().isVisible()).isFalse();
    }
}
