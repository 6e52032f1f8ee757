package org.trailmark.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.frame.TimelineSource;
import org.trailmark.ui.theme.Theme;

/** The timeline on a real headless stage with a generated sample session. */
@ExtendWith(ApplicationExtension.class)
class TimelineViewTest {
    private static final int WIDTH = 1280;
    private static final SessionLog SAMPLE = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0).log();

    private TimelineViewModel model;
    private TimelineView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        model = new TimelineViewModel();
        model.setSource(TimelineSource.of(SAMPLE));
        view = new TimelineView(model);
        BorderPane root = new BorderPane();
        root.setBottom(view);
        scene = new Scene(root, WIDTH, TimelineLayout.preferredHeight());
        Theme.LIGHT.applyTo(scene);
        stage.setScene(scene);
        // the shared test stage keeps the size an earlier test class gave it unless told otherwise
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void draggingOnTheTracksMovesThePlayheadWithThePointer(FxRobot robot) {
        TimelineLayout layout = new TimelineLayout(view.getWidth());
        double y = layout.rowTop(TimelineRow.POINTER) + 5;

        robot.moveTo(screen(layout.trackLeft() + 100, y)).press(MouseButton.PRIMARY);
        assertThat(model.getPlayheadMs()).isCloseTo(Math.round(model.timeAt(100)), within(1L));
        robot.moveTo(screen(layout.trackLeft() + 400, y)).release(MouseButton.PRIMARY);

        assertThat(model.getPlayheadMs()).isCloseTo(Math.round(model.timeAt(400)), within(1L));
        assertThat(model.getPlayheadMs()).isPositive();
    }

    @Test
    void controlWheelZoomsAtThePointerAndThePlainWheelPans(FxRobot robot) {
        long duration = model.getDurationMs();
        robot.interact(() -> model.showRange(duration * 0.4, duration * 0.6));
        TimelineLayout layout = new TimelineLayout(view.getWidth());
        double x = 300;
        robot.moveTo(screen(layout.trackLeft() + x, layout.rowTop(TimelineRow.KEYS) + 8));
        double anchor = model.timeAt(x);
        double length = model.getVisibleLengthMs();

        // the headless robot scrolls one unit per step where a real wheel gives 40 per notch
        robot.press(KeyCode.CONTROL).scroll(40, VerticalDirection.UP).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.getVisibleLengthMs()).isNotCloseTo(length, within(length * 0.1));
        assertThat(model.xAt(anchor)).isCloseTo(x, within(0.5));

        double from = model.getVisibleFromMs();
        double zoomed = model.getVisibleLengthMs();
        robot.scroll(40, VerticalDirection.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.getVisibleFromMs()).isNotCloseTo(from, within(zoomed * 0.05));
        assertThat(model.getVisibleLengthMs()).isCloseTo(zoomed, within(1e-6));
    }

    @Test
    void shiftDragOnTheRulerSelectsALoopRange(FxRobot robot) {
        TimelineLayout layout = new TimelineLayout(view.getWidth());
        double y = (layout.rulerTop() + layout.rulerBottom()) / 2;

        robot.press(KeyCode.SHIFT).moveTo(screen(layout.trackLeft() + 200, y)).press(MouseButton.PRIMARY)
                .moveTo(screen(layout.trackLeft() + 350, y)).moveTo(screen(layout.trackLeft() + 500, y))
                .release(MouseButton.PRIMARY).release(KeyCode.SHIFT);

        TimelineViewModel.LoopRange loop = model.getSelection();
        assertThat(loop).isNotNull();
        assertThat((double) loop.startMs()).isCloseTo(model.timeAt(200), within(model.msPerPixel() + 1));
        assertThat((double) loop.endMs()).isCloseTo(model.timeAt(500), within(model.msPerPixel() + 1));
    }

    @Test
    void draggingTheOverviewPansAZoomedWindow(FxRobot robot) {
        robot.interact(() -> model.showRange(0, model.getDurationMs() / 10.0));
        TimelineLayout layout = new TimelineLayout(view.getWidth());
        double y = layout.overviewTop() + 10;
        double windowRight = OverlayPainter.overviewX(layout, model, model.getVisibleToMs());

        robot.moveTo(screen(windowRight - 4, y)).press(MouseButton.PRIMARY)
                .moveTo(screen(windowRight + 200, y)).release(MouseButton.PRIMARY);

        double moved = 204.0 / layout.trackWidth() * model.maxVisibleMs();
        assertThat(model.getVisibleFromMs()).isCloseTo(moved, within(model.maxVisibleMs() / layout.trackWidth() * 2));
        assertThat(model.getVisibleLengthMs()).isCloseTo(model.getDurationMs() / 10.0, within(1e-6));
    }

    @Test
    void plusMinusAndFZoomFromTheKeyboard(FxRobot robot) {
        robot.clickOn(view);
        robot.type(KeyCode.ADD).type(KeyCode.ADD);
        assertThat(model.getVisibleLengthMs()).isCloseTo(model.getDurationMs() / 4.0, within(1e-6));

        robot.type(KeyCode.SUBTRACT);
        assertThat(model.getVisibleLengthMs()).isCloseTo(model.getDurationMs() / 2.0, within(1e-6));

        robot.type(KeyCode.F);
        assertThat(model.getVisibleLengthMs()).isEqualTo((double) model.getDurationMs());
    }

    @Test
    void hoveringAFocusSegmentNamesTheAppAndItsTimes(FxRobot robot) {
        TimelineLayout layout = new TimelineLayout(view.getWidth());

        robot.moveTo(screen(layout.trackLeft() + 20, layout.rowTop(TimelineRow.FOCUS) + 8));

        String first = SAMPLE.apps().get(0);
        assertThat(view.hoverTextProperty().get()).startsWith(first).contains("0:00");
        robot.moveTo(screen(layout.trackLeft() + 20, layout.rowTop(TimelineRow.KEYS) + 8));
        assertThat(view.hoverTextProperty().get()).isNull();
        robot.moveTo(screen(20, layout.rowTop(TimelineRow.FOCUS) + 8));
        assertThat(view.hoverTextProperty().get()).isEqualTo(String.join(", ", SAMPLE.apps()));
    }

    @Test
    void hoveringATaskSpanShowsItsLabel(FxRobot robot) {
        robot.interact(() -> model.setTaskSpans(List.of(new TimelineSpan(0, model.getDurationMs() / 2, "Answer Bob"))));
        TimelineLayout layout = new TimelineLayout(view.getWidth());

        robot.moveTo(screen(layout.trackLeft() + 50, layout.rowTop(TimelineRow.TASKS) + 8));

        assertThat(view.hoverTextProperty().get()).startsWith("Answer Bob");
    }

    @Test
    void manyChangesWithinOnePulsePaintOnce(FxRobot robot) {
        robot.interact(view::paintNow);
        long before = view.paintCount();

        robot.interact(() -> {
            for (int i = 0; i < 50; i++) {
                model.zoomAt(1.02, 1000);
                model.seek(i * 100);
            }
        });
        waitUntil(() -> view.paintCount() > before);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.paintCount()).isEqualTo(before + 1);
    }

    @Test
    void aFlagAddedLongAfterTheViewWasBuiltIsStillPainted(FxRobot robot) {
        robot.interact(view::paintNow);
        // the view listens weakly; a collection must not cost it the changes it listens to
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long before = view.paintCount();

        robot.interact(() -> model.setFlagSpans(java.util.List.of(
                new TimelineSpan(7, 1_000, 9_000, "Private / off-task", null, 0))));
        waitUntil(() -> view.paintCount() > before);

        assertThat(model.getFlagSpans()).hasSize(1);
        assertThat(model.getFlagSpans()).isSameAs(model.getFlagSpans());
    }

    @Test
    void rendersTheTimelineToPng(FxRobot robot) throws Exception {
        // the sample with the most apps, so the focus track shows its colours
        SessionLog threeApps = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).stream()
                .map(s -> s.log()).max(java.util.Comparator.comparingInt(log -> log.apps().size())).orElseThrow();
        robot.interact(() -> {
            model.setSource(TimelineSource.of(threeApps));
            model.seek(model.getDurationMs() * 0.42);
            model.select(model.getDurationMs() * 0.55, model.getDurationMs() * 0.7);
        });
        Path whole = render(robot, "timeline.png");

        robot.interact(() -> {
            model.zoomAt(6, model.getPlayheadMs());
            model.clearSelection();
        });
        Path zoomed = render(robot, "timeline-zoomed.png");
        robot.interact(() -> Theme.DARK.applyTo(scene));
        Path dark = render(robot, "timeline-dark.png");

        BufferedImage image = ImageIO.read(whole.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(ImageIO.read(zoomed.toFile()).getHeight()).isEqualTo(image.getHeight());
        assertThat(meanBrightness(ImageIO.read(dark.toFile()))).isLessThan(meanBrightness(image) - 0.3);
    }

    private Point2D screen(double x, double y) {
        return view.localToScreen(x, y);
    }

    private Path render(FxRobot robot, String name) throws IOException, URISyntaxException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            view.applyCss();
            view.layout();
            view.paintNow();
            image[0] = view.snapshot(null, null);
        });
        Path out = screenshotFolder().resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        return out;
    }

    /** screenshots/ beside test-classes, i.e. in whatever build folder Maven was told to use. */
    private static Path screenshotFolder() throws URISyntaxException {
        Path testClasses = Path.of(TimelineViewTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return testClasses.getParent().resolve("screenshots");
    }

    private static void waitUntil(BooleanSupplier condition) {
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            WaitForAsyncUtils.sleep(25, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        assertThat(condition.getAsBoolean()).as("condition reached").isTrue();
    }

    private static double meanBrightness(BufferedImage image) {
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                sum += (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / (3 * 255.0);
                samples++;
            }
        }
        return sum / samples;
    }
}
