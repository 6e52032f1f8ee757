package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
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
    @RegisterExtension
    final Screenshots shots = new Screenshots();

    @Test
    void theSessionListShowsEachExpiryWarnsAWeekAheadAndCountsIt(FxRobot robot) throws Exception {
        Workspace workspace = shots.newWorkspace();
        String held = fill(workspace);
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                ListShownPreferences.create(), null);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800);
            model.start(false);
            model.browser().select(held);
        });

        Path image = Screenshots.renderAsIs(robot, scene[0], "retention-browser-light.png");

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
        Workspace workspace = shots.newWorkspace();
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

        Screenshots.renderAsIs(robot, scene[0], "retention-my-data-light.png");

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
        if (!Screenshots.importSamples(ws)) {
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
}
