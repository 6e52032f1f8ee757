package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.ProgressSink;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.subject.SubjectStyles;
import org.trailmark.ui.theme.Theme;

/**
 * Renders the start screen and the "My data" screen (light theme) to PNG files under the build
 * folder's screenshots/: the bundled samples' subject Ana, her sessions scanned, cut into tasks
 * and exported once. The good ones are copied to docs/screenshots/ by hand after looking at them.
 */
@ExtendWith(ApplicationExtension.class)
class SubjectScreenshotsTest {
    @RegisterExtension
    final Screenshots shots = new Screenshots();

    @Test
    void rendersTheStartScreen(FxRobot robot) throws Exception {
        Workspace workspace = shots.newWorkspace();
        StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new javafx.scene.layout.Region(), 1100, 720);
            new StudioShell(shots.stage(), scene[0], workspace, new SameThreadTaskExecutor(), preferences,
                    RecordingDialogs::new).open(null);
        });

        Path image = Screenshots.render(robot, scene[0], "start-screen-light.png");

        assertThat(scene[0].getRoot()).isInstanceOf(StartScreen.class);
        assertThat(ImageIO.read(image.toFile()).getWidth()).isEqualTo(1100);
    }

    @Test
    void rendersMyDataForASubjectWithLabelsFlagsAndAnExport(FxRobot robot) throws Exception {
        Workspace workspace = shots.newWorkspace();
        String subject = fill(workspace);
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()), subject);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }, () -> { }), 1400, 1080);
            model.start(false);
        });

        Path image = Screenshots.render(robot, scene[0], "my-data-light.png");
        // the sessions tab with the subject panel, for eyes only
        String first = model.browser().shownRows().get(0).id();
        robot.interact(() -> {
            ((javafx.scene.control.TabPane) scene[0].getRoot().lookup("#" + MainWindow.ID_SUBJECT_TABS))
                    .getSelectionModel().select(1);
            model.browser().select(first);
        });
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> model.review().isOpen());
        robot.interact(() -> {
            model.player().seek(model.player().timeline().getDurationMs() / 3.0);
            model.review().markIn();
            model.player().seek(model.player().timeline().getDurationMs() / 2.0);
            model.review().markOut();
            model.subjectPanel().markPrivate();
        });
        Screenshots.render(robot, scene[0], "subject-sessions-light.png");

        assertThat(model.getTheme()).isEqualTo(Theme.LIGHT);
        assertThat(model.myData().getOverview().exports()).isNotEmpty();
        assertThat(ImageIO.read(image.toFile()).getHeight()).isEqualTo(1080);
    }

    @Test
    void rendersWhoHasSeenYourSessionsAndConsentReceiptsAt1280x800(FxRobot robot) throws Exception {
        Workspace workspace = shots.newWorkspace();
        String subject = fill(workspace);
        String first = workspace.sessions().ofSubject(subject).get(0).id();
        lookedAt(workspace, subject, first);
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()), subject);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, () -> { }, () -> { }), 1280, 800);
            model.start(false);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            javafx.scene.control.ScrollPane myData =
                    (javafx.scene.control.ScrollPane) scene[0].getRoot().lookup("#" + SubjectStyles.ID_MY_DATA);
            myData.applyCss();
            myData.layout();
            myData.setVvalue(myData.getVmax());
        });

        Path image = Screenshots.render(robot, scene[0], "my-data-views-light.png");

        assertThat(model.myData().getOverview().views()).extracting(org.trailmark.subject.SeenBy::user)
                .contains("rita", "carl");
        assertThat(model.myData().receiptsProperty().get()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(scene[0].getRoot().lookup("#" + SubjectStyles.ID_SEEN_BY)).isNotNull();
        assertThat(scene[0].getRoot().lookup("#" + SubjectStyles.ID_RECEIPTS)).isNotNull();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isEqualTo(1280);
    }

    /** A reviewer, a curator and the person herself looked; consent was given, then training withdrawn. */
    private static void lookedAt(Workspace ws, String subject, String sessionId) {
        ws.currentUser().actAs("rita");
        ws.access().record(sessionId, org.trailmark.model.AccessAction.OPEN, org.trailmark.model.AccessPurpose.REVIEW);
        ws.access().record(sessionId, org.trailmark.model.AccessAction.REPLAY, org.trailmark.model.AccessPurpose.REVIEW);
        ws.access().record(sessionId, org.trailmark.model.AccessAction.LABEL, org.trailmark.model.AccessPurpose.REVIEW);
        ws.currentUser().actAs("carl");
        ws.access().record(sessionId, org.trailmark.model.AccessAction.EXPORT, org.trailmark.model.AccessPurpose.EXPORT);
        ws.currentUser().actAs(subject);
        ws.access().record(sessionId, org.trailmark.model.AccessAction.REPLAY,
                org.trailmark.model.AccessPurpose.SUBJECT_SELF_ACCESS);
        ws.access().flush();
        ws.settings().put(org.trailmark.store.ConsentController.NAME_SETTING, "Acme Research", "lead");
        ws.settings().put(org.trailmark.store.ConsentController.CONTACT_SETTING, "privacy@acme.example", "lead");
        ws.consent().grant(subject, org.trailmark.model.ConsentPurpose.TRAINING, "acme-training", "2", "lead",
                org.trailmark.model.ConsentRecord.CLI);
        ws.consent().withdraw(subject, org.trailmark.model.ConsentPurpose.TRAINING, subject,
                org.trailmark.model.ConsentRecord.SUBJECT);
    }

    /** The samples when this checkout has them (subject Ana), else the small fixtures (alice). */
    private static String fill(Workspace ws) {
        Screenshots.importSamples(ws);
        String subject = ws.sessions().ofSubject("subj-ana").isEmpty() ? null : "subj-ana";
        if (subject == null) {
            SubjectFixtures.fill(ws);
            return SubjectFixtures.ALICE;
        }
        List<SessionSummary> mine = ws.sessions().ofSubject(subject);
        SensitiveDataScan.run(ws, "screenshots", mine.stream().map(SessionSummary::id).toList(), ProgressSink.NONE);
        List<String> labels = ws.review().labels().stream().map(org.trailmark.model.Label::name).toList();
        for (SessionSummary s : mine) {
            int third = (int) (s.durationMs() / 3);
            ws.review().replaceTasks(s.id(), List.of(), List.of(
                    new Task(0, s.id(), 0, third, "Sign in and open the newest message",
                            labels.isEmpty() ? null : labels.get(0), TaskOutcome.SUCCESS, null),
                    new Task(0, s.id(), third, 2 * third, "Update the budget and send it",
                            labels.size() > 1 ? labels.get(1) : null, TaskOutcome.SUCCESS, null)),
                    "add task", "rita");
        }
        ws.audit().append("curator", DatasetExports.AUDIT_ACTION, mine.get(0).id(),
                DatasetExports.detail("exp-20261127-4c1e", "computer-use-nov"));
        return subject;
    }
}
