package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
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
import org.trailmark.replay.FocusSpan;
import org.trailmark.replay.frame.FocusSegment;
import org.trailmark.replay.frame.TimelineFrame;
import org.trailmark.replay.frame.TimelineSource;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/**
 * File ▸ Import ActivityWatch context… with the bundled sample: the DuckTrack example (which records
 * no window focus) gains its host's windows on the focus track and an away stretch shaded as idle.
 * Renders the main window to screenshots/context-light.png under the build folder.
 */
@ExtendWith(ApplicationExtension.class)
class ContextStudioTest {
    private static final Path SAMPLE = Path.of("sample-sessions", "activitywatch", "aw-buckets-export.json");

    @TempDir
    static Path dir;

    private Workspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        stage.show();
    }

    @AfterEach
    void close() {
        if (workspace != null) {
            workspace.close();
        }
    }

    @Test
    void importedContextFillsTheFocusTrackAndShadesTheAwayStretch(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), dialogs,
                new StudioPreferences(new MemoryPreferences()));
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }), 1280, 800);
            model.start(false);
            model.importPaths(List.of(Path.of("sample-sessions", "ducktrack-example")));
        });
        String session = workspace.sessions().all().get(0).id();
        dialogs.contextFileToChoose = SAMPLE;

        robot.interact(model::importContext);

        assertThat(dialogs.notices).last().asString().startsWith("Context from aw-buckets-export.json: Added")
                .contains(session).doesNotContain("GitHub").doesNotContain("https://");
        robot.interact(() -> model.browser().select(session));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.player().timeline().getSource() != null);
        TimelineSource source = model.player().timeline().getSource();
        TimelineFrame whole = source.frame(0, source.durationMs(), 1000);
        assertThat(whole.focus()).extracting(FocusSegment::focus).extracting(FocusSpan::app)
                .contains("Terminal", "Safari", "OBS");
        assertThat(whole.focus()).allSatisfy(s -> assertThat(source.isContext(s.focus())).isTrue());
        assertThat(source.hasContextWindows()).isTrue();
        assertThat(source.idle().spans()).as("the 8 s away stretch is shaded")
                .anySatisfy(s -> assertThat(s.durationMs()).isGreaterThanOrEqualTo(8_000));

        Path png = render(robot, scene[0], "context-light.png");
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(1280);
    }

    private static Path render(FxRobot robot, Scene scene, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            if (scene.getRoot() instanceof MainWindow window) {
                window.player().paintNow();
            }
            image[0] = scene.snapshot(null);
        });
        Path testClasses = Path.of(ContextStudioTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        BufferedImage written = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(written, "png", out.toFile());
        return out;
    }
}
