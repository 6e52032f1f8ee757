package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.EventKind;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;

/**
 * Renders the main window to PNG files (light, dark, empty) under the build folder's
 * screenshots/, from the bundled sample sessions when they are there: the webmail session open in
 * the player just after its password was typed, so the e-mail field and the masked password field
 * both show. The good ones are copied to docs/screenshots/ by hand after looking at them.
 */
@ExtendWith(ApplicationExtension.class)
class StudioScreenshotsTest {
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 1000;
    /** The sample whose login (an e-mail, then a password) the screenshots show. */
    private static final int SCREEN_WIDTH = 1280;
    private static final int SCREEN_HEIGHT = 800;
    private static final String WEBMAIL = "ana-webmail-20261127";

    @RegisterExtension
    final Screenshots shots = new Screenshots();

    private Workspace workspace;

    @Test
    void rendersTheMainWindowInBothThemes(FxRobot robot) throws Exception {
        workspace = shots.open(Files.createDirectories(shots.folder().resolve("trailmark-" + UUID.randomUUID()))
                .resolve("workspace.trailmark"));
        fill(workspace);
        StudioViewModel model = model(workspace);
        Scene scene = detachedScene(robot, model, WIDTH, HEIGHT);
        robot.interact(() -> model.start(false));
        String session = workspace.sessions().contains(WEBMAIL) ? WEBMAIL : richestSession(workspace);
        robot.interact(() -> model.browser().select(session));
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> model.review().isOpen());
        long passwordEnd = afterThePassword(session);
        robot.interact(() -> {
            label(model, session, passwordEnd);
            model.player().seek(passwordEnd);
        });

        // the labelled session in the middle of its second task, that task selected
        robot.interact(() -> model.player().seek(model.review().tasks().get(1).startMs() + 20_000));
        Screenshots.render(robot, scene, "labelled-light.png");
        // the same at the smallest size the layout is made for: every review button whole
        Screenshots.render(robot, detachedScene(robot, model, SCREEN_WIDTH, SCREEN_HEIGHT), "review-light.png");
        robot.interact(() -> model.player().seek(passwordEnd));
        Path light = Screenshots.render(robot, scene, "main-light.png");
        // the same on a common laptop, for eyes only: nothing cut short, the stage still a screen
        Screenshots.render(robot, detachedScene(robot, model, SCREEN_WIDTH, SCREEN_HEIGHT), "main-light-1280.png");
        robot.interact(model::toggleTheme);
        Path dark = Screenshots.render(robot, scene, "main-dark.png");
        // the smallest window the layout is made for, for eyes only
        Screenshots.render(robot, detachedScene(robot, model, 1280, 800), "main-dark-1280.png");

        assertThat(model.getTheme()).isEqualTo(Theme.DARK);
        assertThat(model.player().sessionProperty().get().id()).isEqualTo(session);
        BufferedImage lightImage = ImageIO.read(light.toFile());
        BufferedImage darkImage = ImageIO.read(dark.toFile());
        assertThat(lightImage.getWidth()).isEqualTo(WIDTH);
        assertThat(lightImage.getHeight()).isEqualTo(HEIGHT);
        assertThat(Screenshots.meanBrightness(darkImage)).isLessThan(Screenshots.meanBrightness(lightImage) - 0.3);
    }

    /**
     * A labeler on a team workspace: the list says who works on which session ("Assigned to you",
     * "Claimed by ana until …", two labelers of a double-labelled one), and the status bar says the open
     * session was reloaded because someone else changed it.
     */
    @Test
    void rendersWhoWorksOnWhichSessionAndALiveReload(FxRobot robot) throws Exception {
        Path file = Files.createDirectories(shots.folder().resolve("trailmark-" + UUID.randomUUID())).resolve("team.trailmark");
        workspace = shots.open(file);
        fill(workspace);
        org.trailmark.review.ReviewService.rememberReviewer(workspace, "ada");
        List<String> ids = workspace.sessions().all().stream().map(SessionSummary::id).toList();
        try (Workspace hers = Workspace.open(file)) {
            hers.assignments().next("ana").orElseThrow();
            hers.assignments().assign(ids.get(ids.size() - 1), List.of("ada"), "cora");
            if (ids.size() > 2) {
                hers.assignments().assign(ids.get(1), List.of("ben", "cy"), "cora");
            }
            StudioViewModel model = model(workspace);
            Scene scene = detachedScene(robot, model, WIDTH, HEIGHT);
            robot.interact(() -> model.start(false));
            robot.interact(model::openNextToReview);
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> model.review().isOpen());
            String open = model.player().sessionProperty().get().id();
            new org.trailmark.review.ReviewService(hers, "ana").addFlag(org.trailmark.model.Flag.manual(open, 0, 2_000,
                    org.trailmark.model.FlagCategory.PERSONAL_DATA, null));
            robot.interact(model::pollForChanges);

            Screenshots.render(robot, scene, "team-light.png");
            Path small = Screenshots.render(robot, detachedScene(robot, model, SCREEN_WIDTH, SCREEN_HEIGHT), "team-light-1280.png");

            assertThat(open).isEqualTo(ids.get(ids.size() - 1));
            assertThat(model.review().reloadNoticeProperty().get()).isEqualTo("Reloaded: ana changed the flags");
            assertThat(model.browser().shownRows()).extracting(org.trailmark.ui.browser.SessionRow::workText)
                    .contains("Assigned to you")
                    .anySatisfy(text -> assertThat(text).startsWith("Claimed by ana until "));
            assertThat(ImageIO.read(small.toFile()).getWidth()).isEqualTo(SCREEN_WIDTH);
        }
    }

    @Test
    void rendersTheEmptyStateANewcomerSees(FxRobot robot) throws Exception {
        workspace = shots.newWorkspace();
        StudioViewModel model = model(workspace);
        Scene scene = show(robot, model);

        Path empty = Screenshots.render(robot, scene, "empty-light.png");

        assertThat(model.browser().isWorkspaceEmpty()).isTrue();
        assertThat(robot.lookup("No sessions yet — File ▸ Import… or drop capture files here").tryQuery())
                .isPresent();
        assertThat(ImageIO.read(empty.toFile()).getWidth()).isEqualTo(SCREEN_WIDTH);
    }

    @Test
    void rendersAnImportReportWithProblems(FxRobot robot) throws Exception {
        workspace = shots.newWorkspace();
        Path inbox = Files.createDirectories(shots.folder().resolve("inbox-" + UUID.randomUUID()));
        org.trailmark.io.NativeSessionWriter.write(TestSessions.info("2026-03-02-alice-mail", "alice", "native",
                TestSessions.MORNING), TestSessions.everyKind(), inbox.resolve("alice-mail.jsonl.gz"));
        Files.writeString(inbox.resolve("crashed.jsonl"), "{\"format\":\"trailmark\", \"version\": \n");
        Files.write(inbox.resolve("noise.jsonl"), new byte[] {0, 1, 2, (byte) 0xff, 10});
        StudioViewModel[] self = new StudioViewModel[1];
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(),
                new FxDialogService(shots::stage, () -> self[0].getTheme()),
                new StudioPreferences(new MemoryPreferences()));
        self[0] = model;
        show(robot, model);

        robot.interact(() -> model.importPaths(List.of(inbox)));
        javafx.scene.Node report = robot.lookup("#" + org.trailmark.ui.common.NodeIds.IMPORT_REPORT).query();
        Path image = Screenshots.render(robot, report.getScene(), "import-report-light.png");

        assertThat(model.lastImportProperty().get().problems()).isNotEmpty();
        assertThat(ImageIO.read(image.toFile()).getWidth()).isPositive();
        robot.interact(() -> ((Stage) report.getScene().getWindow()).close());
    }

    @Test
    void rendersTheShortcutsSheet(FxRobot robot) throws Exception {
        workspace = shots.newWorkspace();
        StudioViewModel[] self = new StudioViewModel[1];
        StudioViewModel model = new StudioViewModel(workspace, new SameThreadTaskExecutor(),
                new FxDialogService(shots::stage, () -> self[0].getTheme()),
                new StudioPreferences(new MemoryPreferences()));
        self[0] = model;
        show(robot, model);

        robot.interact(model::toggleTheme);
        robot.interact(model::showShortcuts);
        javafx.scene.Node key = robot.lookup("#" + FxDialogService.SHORTCUTS_SHEET).query();
        Path image = Screenshots.render(robot, key.getScene(), "shortcuts-dark.png");

        // by text, not by query string: keys such as "." would read as CSS selectors
        List<String> texts = robot.from(key).lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Label)
                .queryAllAs(javafx.scene.control.Label.class).stream().map(javafx.scene.control.Label::getText)
                .toList();
        for (StudioAction action : StudioAction.values()) {
            if (action.isOffered(false)) {
                assertThat(texts).as(action.name()).contains(action.label(), action.keysText());
            } else {
                assertThat(texts).as(action.name()).doesNotContain(action.label());
            }
        }
        assertThat(ImageIO.read(image.toFile()).getWidth()).isPositive();
        robot.interact(() -> ((Stage) key.getScene().getWindow()).close());
    }

    /**
     * Cuts the session into three tasks with instructions, labels and outcomes, flags the
     * password span and starts the review, as a labeler would, so the screenshots show labels.
     */
    private void label(StudioViewModel model, String session, long passwordEnd) {
        org.trailmark.ui.review.ReviewViewModel review = model.review();
        long duration = workspace.sessions().find(session).orElseThrow().durationMs();
        List<String> labels = review.labels().stream().map(org.trailmark.model.Label::name).toList();
        int login = (int) Math.min(duration / 3, passwordEnd + 1_500);
        int reply = (int) (login + (duration - login) / 2);
        review.taskEditing().addTask(0, login, "Sign in to the webmail account", labels.isEmpty() ? null : labels.get(0));
        review.taskEditing().addTask(login, reply, "Open the newest message from the team and read it",
                labels.size() > 1 ? labels.get(1) : null);
        review.taskEditing().addTask(reply, (int) duration, "Reply that the report is ready and send it",
                labels.size() > 2 ? labels.get(2) : null);
        review.tasks().forEach(t -> review.taskEditing().setOutcome(t.id(), org.trailmark.model.TaskOutcome.SUCCESS));
        review.taskEditing().addTask(reply + 2_000, reply + 9_000, "Attach the quarterly report", null);
        // the password was typed in the second before passwordEnd - 400 ms
        model.player().seek(Math.max(0, passwordEnd - 2_400));
        review.markIn();
        model.player().seek(passwordEnd - 400);
        review.markOut();
        review.flagging().flagMarks(org.trailmark.model.FlagCategory.PASSWORD, "password field at sign-in");
        review.setStatus(org.trailmark.model.ReviewStatus.IN_REVIEW, null);
        review.taskEditing().selectedTaskIdProperty().set(review.tasks().get(1).id());
    }

    private StudioViewModel model(Workspace ws) {
        return new StudioViewModel(ws, new SameThreadTaskExecutor(), new RecordingDialogs(),
                new StudioPreferences(new MemoryPreferences()));
    }

    /** The window on the test stage, for the dialogs that need an owner; the headless screen is 1280×800. */
    private Scene show(FxRobot robot, StudioViewModel model) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            scene[0] = new Scene(new MainWindow(model, shots.stage()::close), SCREEN_WIDTH, SCREEN_HEIGHT);
            shots.stage().setScene(scene[0]);
            shots.stage().setWidth(SCREEN_WIDTH);
            shots.stage().setHeight(SCREEN_HEIGHT);
            model.start(false);
        });
        return scene[0];
    }

    /**
     * The window in a scene of its own that no stage shows, so it can be larger than the headless
     * screen; a snapshot lays it out and styles it all the same.
     */
    private static Scene detachedScene(FxRobot robot, StudioViewModel model, int width, int height) {
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = new Scene(new MainWindow(model, () -> { }), width, height));
        return scene[0];
    }

    /** The sample sessions when this checkout has them; otherwise small hand-made ones. */
    private static void fill(Workspace ws) {
        Screenshots.importSamples(ws);
        if (ws.sessions().all().isEmpty()) {
            TestSessions.add(ws, TestSessions.info("2026-03-02-alice-mail", "alice", "native",
                    TestSessions.MORNING), TestSessions.everyKind());
            TestSessions.add(ws, TestSessions.info("2026-03-02-bob-terminal", "bob", "native",
                    TestSessions.MORNING.plusHours(2)), TestSessions.movesIn("Terminal", 4_000));
        }
    }

    /**
     * Just after the password of the webmail sample was typed (from the generator that made the
     * samples, so no time is written down twice); the middle of any other session.
     */
    private long afterThePassword(String session) {
        return SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).stream()
                .filter(g -> g.info().id().equals(session))
                .flatMap(g -> g.planted().stream())
                .filter(p -> p.kind() == SecretKind.PASSWORD)
                .mapToLong(p -> p.endMs() + 400)
                .findFirst()
                .orElseGet(() -> workspace.sessions().find(session).orElseThrow().durationMs() / 2);
    }

    /** The session with the most kinds of events, so the details pane has the most to show. */
    private static String richestSession(Workspace ws) {
        return ws.sessions().all().stream()
                .max(Comparator.<SessionSummary>comparingLong(s -> kindsPresent(s)).thenComparingLong(
                        SessionSummary::events))
                .map(SessionSummary::id).orElseThrow();
    }

    private static long kindsPresent(SessionSummary s) {
        return List.of(EventKind.values()).stream().filter(k -> s.count(k) > 0).count();
    }
}
