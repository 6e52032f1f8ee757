package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.ingest.ImportService;
import org.trailmark.ingest.SampleSessions;
import org.trailmark.io.ImportOptions;
import org.trailmark.model.EventKind;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

/**
 * Renders the main window to PNG files (light, dark, empty) under the build folder's
 * screenshots/, from the bundled sample sessions when they are there. The good ones are copied to
 * docs/screenshots/ by hand after looking at them.
 */
@ExtendWith(ApplicationExtension.class)
class StudioScreenshotsTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @TempDir
    static Path dir;

    private Stage stage;
    private Workspace workspace;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.show();
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void rendersTheMainWindowInBothThemes(FxRobot robot) throws Exception {
        workspace = Workspace.open(Files.createDirectories(dir.resolve("trailmark-" + UUID.randomUUID()))
                .resolve("workspace.trailmark"));
        fill(workspace);
        StudioViewModel model = model(workspace);
        Scene scene = show(robot, model);
        robot.interact(() -> model.browser().select(richestSession(workspace)));

        Path light = render(robot, scene, "main-light.png");
        robot.interact(model::toggleTheme);
        Path dark = render(robot, scene, "main-dark.png");

        assertThat(model.getTheme()).isEqualTo(Theme.DARK);
        BufferedImage lightImage = ImageIO.read(light.toFile());
        BufferedImage darkImage = ImageIO.read(dark.toFile());
        assertThat(lightImage.getWidth()).isEqualTo(WIDTH);
        assertThat(lightImage.getHeight()).isEqualTo(HEIGHT);
        assertThat(meanBrightness(darkImage)).isLessThan(meanBrightness(lightImage) - 0.3);
    }

    @Test
    void rendersTheEmptyStateANewcomerSees(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        StudioViewModel model = model(workspace);
        Scene scene = show(robot, model);

        Path empty = render(robot, scene, "empty-light.png");

        assertThat(model.browser().isWorkspaceEmpty()).isTrue();
        assertThat(robot.lookup("No sessions yet — File ▸ Import… or drop capture files here").tryQuery())
                .isPresent();
        assertThat(ImageIO.read(empty.toFile()).getWidth()).isEqualTo(WIDTH);
    }

    @Test
    void rendersAnImportReportWithProblems(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        Path inbox = Files.createDirectories(dir.resolve("inbox-" + UUID.randomUUID()));
        org.trailmark.io.NativeSessionWriter.write(TestSessions.info("2026-03-02-alice-mail", "alice", "native",
                TestSessions.MORNING), TestSessions.everyKind(), inbox.resolve("alice-mail.jsonl.gz"));
        Files.writeString(inbox.resolve("crashed.jsonl"), "{\"format\":\"trailmark\", \"version\": \n");
        Files.write(inbox.resolve("noise.jsonl"), new byte[] {0, 1, 2, (byte) 0xff, 10});
        StudioViewModel[] self = new StudioViewModel[1];
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(),
                new FxDialogService(() -> stage, () -> self[0].getTheme()),
                new StudioPreferences(new MemoryPreferences()));
        self[0] = model;
        show(robot, model);

        robot.interact(() -> model.importPaths(List.of(inbox)));
        javafx.scene.Node report = robot.lookup("#" + org.trailmark.ui.common.NodeIds.IMPORT_REPORT).query();
        Path image = render(robot, report.getScene(), "import-report-light.png");

        assertThat(model.lastImportProperty().get().problems()).isNotEmpty();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isPositive();
        robot.interact(() -> ((Stage) report.getScene().getWindow()).close());
    }

    @Test
    void rendersTheShortcutsSheet(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        StudioViewModel[] self = new StudioViewModel[1];
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(),
                new FxDialogService(() -> stage, () -> self[0].getTheme()),
                new StudioPreferences(new MemoryPreferences()));
        self[0] = model;
        show(robot, model);

        robot.interact(model::toggleTheme);
        robot.interact(model::showShortcuts);
        javafx.scene.Node key = robot.lookup(StudioAction.SHORTCUTS.acceleratorText()).query();
        Path image = render(robot, key.getScene(), "shortcuts-dark.png");

        for (StudioAction action : StudioAction.values()) {
            assertThat(robot.lookup(action.label()).tryQuery()).as(action.name()).isPresent();
        }
        assertThat(ImageIO.read(image.toFile()).getWidth()).isPositive();
        robot.interact(() -> ((Stage) key.getScene().getWindow()).close());
    }

    private StudioViewModel model(Workspace ws) {
        return new StudioViewModel(ws, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()));
    }

    private Scene show(FxRobot robot, StudioViewModel model) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, stage::close), WIDTH, HEIGHT);
            stage.setScene(scene[0]);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
            model.start(false);
        });
        return scene[0];
    }

    /** The sample sessions when this checkout has them; otherwise small hand-made ones. */
    private static void fill(Workspace ws) {
        Optional<Path> samples = SampleSessions.locate();
        if (samples.isPresent()) {
            new ImportService(ws, "screenshots").importPaths(SampleSessions.inputs(samples.get()),
                    ImportOptions.defaults(), (message, fraction) -> { });
        }
        if (ws.sessions().isEmpty()) {
            TestSessions.add(ws, TestSessions.info("2026-03-02-alice-mail", "alice", "native",
                    TestSessions.MORNING), TestSessions.everyKind());
            TestSessions.add(ws, TestSessions.info("2026-03-02-bob-terminal", "bob", "native",
                    TestSessions.MORNING.plusHours(2)), TestSessions.movesIn("Terminal", 4_000));
        }
    }

    /** The session with the most kinds of events, so the details pane has the most to show. */
    private static String richestSession(Workspace ws) {
        return ws.sessions().stream()
                .max(Comparator.<SessionSummary>comparingLong(s -> kindsPresent(s)).thenComparingLong(
                        SessionSummary::events))
                .map(SessionSummary::id).orElseThrow();
    }

    private static long kindsPresent(SessionSummary s) {
        return List.of(EventKind.values()).stream().filter(k -> s.count(k) > 0).count();
    }

    private static Path render(FxRobot robot, Scene scene, String name) throws IOException, URISyntaxException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            image[0] = scene.snapshot(null);
        });
        Path out = screenshotFolder().resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        return out;
    }

    /** screenshots/ beside test-classes, i.e. in whatever build folder Maven was told to use. */
    private static Path screenshotFolder() throws URISyntaxException {
        Path testClasses = Path.of(StudioScreenshotsTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        return testClasses.getParent().resolve("screenshots");
    }

    private static double meanBrightness(BufferedImage image) {
        double sum = 0;
        int samples = 0;
        for (int y = 0; y < image.getHeight(); y += 8) {
            for (int x = 0; x < image.getWidth(); x += 8) {
                int rgb = image.getRGB(x, y);
                sum += (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff)) / (3 * 255.0);
                samples++;
            }
        }
        return sum / samples;
    }
}
