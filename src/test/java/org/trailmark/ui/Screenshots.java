package org.trailmark.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.ingest.ImportService;
import org.trailmark.ingest.SampleSessions;
import org.trailmark.io.ImportOptions;
import org.trailmark.store.Workspace;
import org.trailmark.ui.player.SessionPlayerView;

/**
 * What every screenshot test does around its own scene: the headless (Monocle) stage shown, workspaces in a
 * folder of their own that are closed after each test, the bundled samples imported, and a scene laid out,
 * painted and written as a PNG under the build folder's screenshots/ (copied to docs/screenshots/ by hand
 * after looking at it). Register it with {@code @RegisterExtension} beside TestFX's ApplicationExtension.
 */
public final class Screenshots implements BeforeEachCallback, AfterEachCallback {
    /** Style and lay out more than once: tables make their rows in one pass and lay them out in the next. */
    private static final int LAYOUT_PASSES = 3;

    private final List<Workspace> opened = new ArrayList<>();
    private Path folder;
    private Stage stage;

    @Override
    public void beforeEach(ExtensionContext context) throws TimeoutException, IOException {
        folder = Files.createTempDirectory("trailmark-screenshots");
        stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(stage::show);
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
        opened.clear();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    /** The shown test stage, for scenes a dialog needs as its owner. */
    public Stage stage() {
        return stage;
    }

    /** The test's own folder, for files a test makes beside its workspaces. */
    public Path folder() {
        return folder;
    }

    /** A new, empty workspace file, closed after the test. */
    public Workspace newWorkspace() {
        return open(folder.resolve(UUID.randomUUID() + ".trailmark"));
    }

    /** The workspace at {@code file} (a second opening of the same file is a second person), closed after the test. */
    public Workspace open(Path file) {
        Workspace workspace = Workspace.open(file);
        opened.add(workspace);
        return workspace;
    }

    /** Imports the bundled sample sessions when this checkout has them; whether it had them. */
    public static boolean importSamples(Workspace ws) {
        Optional<Path> samples = SampleSessions.locate();
        samples.ifPresent(found -> new ImportService(ws, "screenshots").importPaths(SampleSessions.inputs(found),
                ImportOptions.defaults(), (message, fraction) -> { }));
        return samples.isPresent();
    }

    /**
     * Renders the scene as it would show after the pending events ran (styled, laid out, the player's canvases
     * painted) to screenshots/{@code name}; returns the file.
     */
    public static Path render(FxRobot robot, Scene scene, String name) {
        return write(robot, scene, name, true);
    }

    /**
     * As {@link #render}, but the player's canvases as the last pulse left them, unpainted if none came: the
     * retention pictures in docs/screenshots/ were taken so, with an empty timeline beside the session list.
     */
    public static Path renderAsIs(FxRobot robot, Scene scene, String name) {
        return write(robot, scene, name, false);
    }

    private static Path write(FxRobot robot, Scene scene, String name, boolean paintPlayer) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Parent root = scene.getRoot();
            for (int pass = 0; pass < LAYOUT_PASSES; pass++) {
                root.applyCss();
                root.layout();
            }
            if (paintPlayer && root instanceof MainWindow window) {
                window.player().paintNow();
            } else if (paintPlayer && root instanceof SessionPlayerView player) {
                player.paintNow();
            }
            image[0] = scene.snapshot(null);
        });
        Path out = outputFolder().resolve(name);
        try {
            Files.createDirectories(out.getParent());
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The mean brightness of a picture, 0 (black) to 1 (white), from every eighth pixel of every eighth row. */
    public static double meanBrightness(BufferedImage image) {
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

    /** screenshots/ beside test-classes, i.e. in whatever build folder Maven was told to use. */
    private static Path outputFolder() {
        try {
            return Path.of(Screenshots.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent()
                    .resolve("screenshots");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
