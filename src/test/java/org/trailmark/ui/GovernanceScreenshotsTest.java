package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
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
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.ui.browser.RetentionBadge;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.subject.SubjectStyles;

/**
 * Retention in the studio at 1280×800 (Monocle snapshots under the build folder's screenshots/, copied to
 * docs/screenshots/ after looking at them): the session list with each session's expiry, a week's warning
 * and a held session, and My data telling the person a hold keeps their data.
 */
@ExtendWith(ApplicationExtension.class)
class GovernanceScreenshotsTest {
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
    void theSessionListShowsEachExpiryWarnsAWeekAheadAndCountsIt(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        String held = fill(workspace);
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                ListShownPreferences.create(), null);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800);
            model.start(false);
            model.browser().select(held);
        });

        Path image = render(robot, scene[0], "retention-browser-light.png");

        List<SessionRow> rows = model.browser().shownRows();
        assertThat(rows).filteredOn(r -> r.id().equals(held)).singleElement()
                .extracting(r -> r.retention().kind()).isEqualTo(RetentionBadge.Kind.HELD);
        long warned = rows.stream().filter(r -> r.retention().warns()).count();
        assertThat(warned).isPositive();
        assertThat(model.expiringTextProperty().get()).startsWith(warned + " session");
        Label status = (Label) scene[0].getRoot().lookup("#" + StatusBar.ID_EXPIRING);
        assertThat(status.isVisible()).isTrue();
        assertThat(status.getText()).endsWith("erased within a week");
        assertThat(ImageIO.read(image.toFile()).getWidth()).isEqualTo(1280);
    }

    @Test
    void myDataTellsThePersonThatAHoldKeepsTheirData(FxRobot robot) throws Exception {
        workspace = Workspace.open(dir.resolve(UUID.randomUUID() + ".trailmark"));
        String held = fill(workspace);
        String subject = workspace.sessions().find(held).orElseThrow().subject();
        workspace.holds().placeOnSubject(subject, "Litigation hold for case 2026-14 (employment dispute)", "admin");
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()), subject);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800);
            model.start(false);
        });

        render(robot, scene[0], "retention-my-data-light.png");

        assertThat(model.myData().holds()).hasSize(2);
        Node notice = scene[0].getRoot().lookup("#" + SubjectStyles.ID_HOLD_NOTICE);
        assertThat(notice.isVisible()).isTrue();
        assertThat(String.join("\n", VisibleText.of(notice))).contains("2 legal holds keep your data", "on all your sessions",
                "Litigation hold for case 2026-14", "cannot be erased");
    }

    /**
     * The bundled samples (else the small fixtures) with rules chosen around today: the first capture erased in
     * three days (the capture rule is the longer), later ones after it; one held. Returns the held session.
     */
    private static String fill(Workspace ws) {
        Optional<Path> samples = SampleSessions.locate();
        if (samples.isPresent()) {
            new ImportService(ws, "screenshots").importPaths(SampleSessions.inputs(samples.get()),
                    ImportOptions.defaults(), (message, fraction) -> { });
        } else {
            SubjectFixtures.fill(ws);
        }
        List<SessionSummary> all = ws.sessions().all();
        SessionSummary first = all.stream().filter(s -> s.info().consent() != null
                && s.info().consent().purposes().contains("capture")).findFirst().orElseThrow();
        Instant captured = first.info().start().toInstant();
        int days = (int) Duration.between(captured, Instant.now()).toDays() + 3;
        ws.retention().set("capture", days, false, "admin");
        ws.retention().set("training", Math.max(1, days - 10), true, "admin");
        String held = all.get(all.size() - 1).id();
        ws.holds().placeOnSession(held, "Audit of the March data collection", "admin");
        return held;
    }

    private static Path render(FxRobot robot, Scene scene, String name) throws IOException, URISyntaxException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            Parent root = scene.getRoot();
            for (int pass = 0; pass < 3; pass++) {
                root.applyCss();
                root.layout();
            }
            image[0] = scene.snapshot(null);
        });
        Path out = Path.of(GovernanceScreenshotsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.toFile());
        return out;
    }
}
