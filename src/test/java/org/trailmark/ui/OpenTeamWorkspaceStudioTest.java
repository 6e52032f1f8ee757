package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamWorkspaceInit;
import org.trailmark.ui.browser.SessionRow;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.theme.Theme;
import org.trailmark.ui.workspace.FxWorkspaceDialogs;
import org.trailmark.ui.workspace.OpenTeamWorkspaceDialog;
import org.trailmark.ui.workspace.OpenedWorkspace;
import org.trailmark.ui.workspace.RecentMenu;
import org.trailmark.ui.workspace.RecentWorkspaces;
import org.trailmark.ui.workspace.WorkspaceSwitch;

/**
 * The studio window opens a team workspace on a real PostgreSQL server through File ▸ Open team
 * workspace…, shows its sessions, its address in the title and the member's role in the status bar,
 * then goes back to the workspace file through File ▸ Open recent ▸. Renders the dialog, the recent
 * menu and the window after connecting at 1280×800 into the build's screenshots/ folder.
 */
@ExtendWith(ApplicationExtension.class)
class OpenTeamWorkspaceStudioTest {
    private static final int WIDTH = 1280;
    private static final int HEIGHT = 800;

    @TempDir
    static Path dir;

    private Stage stage;
    private Scene scene;
    private final StudioPreferences preferences = new StudioPreferences(new MemoryPreferences());
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private WorkspaceSwitch workspaces;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        scene = new Scene(new Region(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            List.copyOf(Window.getWindows()).stream().filter(w -> w != stage && w instanceof Stage)
                    .forEach(w -> ((Stage) w).close());
            if (workspaces != null) {
                workspaces.close();
            }
        });
    }

    @Test
    void opensATeamWorkspaceThroughTheDialogAndGoesBackToTheFile(FxRobot robot) throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });
        try (Workspace team = Workspace.openTeam(db.location(PostgresTestServer.OWNER), dir.resolve("media"))) {
            TestSessions.add(team, TestSessions.info("team-ana-mail", "ana", "native", TestSessions.MORNING),
                    TestSessions.everyKind());
            TestSessions.add(team, TestSessions.info("team-bob-terminal", "bob", "native",
                    TestSessions.MORNING.plusHours(2)), TestSessions.movesIn("Terminal", 4_000));
        }
        Path file = Files.createDirectories(dir.resolve("desk")).resolve("mine.trailmark");
        try (Workspace mine = Workspace.open(file)) {
            TestSessions.add(mine, TestSessions.info("file-carl-notes", "carl", "native", TestSessions.MORNING),
                    TestSessions.movesIn("Notes", 2_000));
        }
        String teamUrl = db.url(PostgresTestServer.OWNER);
        String stranger = db.createLogin("stranger");

        preferences.setSessionListShown(true);
        StudioShell[] shells = new StudioShell[1];
        robot.interact(() -> shells[0] = showStudioOn(file));
        StudioShell shell = shells[0];
        assertThat(sessionIds()).containsExactly("file-carl-notes");

        // File ▸ Open team workspace…, a login that is no member first: the reason shows in the dialog
        robot.interact(() -> menuItem(ActionFactory.menuItemId(StudioAction.OPEN_TEAM_WORKSPACE)).fire());
        DialogPane dialog = teamDialog();
        Window dialogWindow = dialog.getScene().getWindow();
        robot.interact(() -> field(dialog, OpenTeamWorkspaceDialog.ID_URL).setText(db.url(stranger)));
        robot.interact(() -> connectButton(dialog).fire());
        assertThat(label(dialog, OpenTeamWorkspaceDialog.ID_FAILURE).getText()).contains("is not a member");
        assertThat(dialogWindow.isShowing()).isTrue();
        render(robot, dialog.getScene(), "open-team-workspace-not-member.png");

        robot.interact(() -> field(dialog, OpenTeamWorkspaceDialog.ID_URL).setText(teamUrl));
        assertThat(label(dialog, OpenTeamWorkspaceDialog.ID_PASSWORD_NOTE).getText()).startsWith("No password for");
        render(robot, dialog.getScene(), "open-team-workspace.png");
        OpenedWorkspace fileBefore = workspaces.current();
        robot.interact(() -> connectButton(dialog).fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogWindow.isShowing()).isFalse();
        assertThat(sessionIds()).containsExactlyInAnyOrder("team-ana-mail", "team-bob-terminal");
        assertThat(stage.getTitle()).isEqualTo("Trailmark \u2014 " + PostgresLocation.parse(teamUrl).describe());
        Label role = (Label) scene.lookup("#" + StatusBar.ID_ROLE);
        assertThat(role.isVisible()).isTrue();
        assertThat(role.getText()).isEqualTo("Role: admin");
        assertThat(catchThrowable(() -> fileBefore.workspace().sessions().all())).hasMessageContaining("closed");
        render(robot, scene, "team-workspace-open.png");

        // File ▸ Open recent ▸: the server on top, then the file
        Menu recentMenu = (Menu) menuItem(RecentMenu.ID);
        assertThat(recentMenu.getItems()).extracting(MenuItem::getText).containsExactly(
                RecentWorkspaces.label(teamUrl), RecentWorkspaces.label(file.toString()));
        renderRecentMenu(robot, recentMenu);

        robot.interact(() -> recentMenu.getItems().get(1).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sessionIds()).containsExactly("file-carl-notes");
        assertThat(stage.getTitle()).isEqualTo("Trailmark \u2014 mine.trailmark");
        assertThat(((Label) scene.lookup("#" + StatusBar.ID_ROLE)).isVisible()).isFalse();
        assertThat(workspaces.current().lock()).as("the file is this window's again").isNotNull();
        assertThat(shell.model().isReadOnly()).isFalse();
    }

    @Test
    void aRecordedPersonOnATeamServerSeesOnlyTheirOwnDataWhateverRoleTheWindowWasIn(FxRobot robot) throws Exception {
        PostgresTestServer.TestDatabase db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });
        String ana = db.createLogin("ana");
        try (java.sql.Connection c = db.connect(PostgresTestServer.OWNER)) {
            org.trailmark.store.pg.PostgresRoles.grant(c, null, ana, org.trailmark.store.pg.TeamRole.SUBJECT,
                    "subj-ana", "test");
        }
        Path file = Files.createDirectories(dir.resolve("desk-2")).resolve("mine.trailmark");
        StudioShell[] shells = new StudioShell[1];
        robot.interact(() -> shells[0] = showStudioOn(file));
        assertThat(shells[0].model().isSubjectMode()).isFalse();

        OpenedWorkspace asAna = OpenedWorkspace.team(db.location(ana), dir.resolve("team-media"));
        robot.interact(() -> workspaces.switchTo(asAna));

        assertThat(shells[0].model().isSubjectMode()).isTrue();
        assertThat(shells[0].model().subject()).isEqualTo("subj-ana");
        assertThat(((Label) scene.lookup("#" + StatusBar.ID_ROLE)).getText()).isEqualTo("Role: subject");

        // started on the server from the command line: straight to their own data, no start screen
        OpenedWorkspace again = OpenedWorkspace.team(db.location(ana), dir.resolve("team-media-2"));
        StudioShell[] fresh = new StudioShell[1];
        robot.interact(() -> {
            fresh[0] = new StudioShell(stage, scene, again, new SameThreadTaskExecutor(), preferences, () -> dialogs);
            fresh[0].open(null);
        });
        try {
            assertThat(fresh[0].model().subject()).isEqualTo("subj-ana");
        } finally {
            robot.interact(() -> fresh[0].closeStudio());
            again.close();
        }
    }

    private StudioShell showStudioOn(Path file) {
        OpenedWorkspace opened = OpenedWorkspace.file(file);
        StudioShell shell = new StudioShell(stage, scene, opened, new SameThreadTaskExecutor(), preferences,
                () -> dialogs);
        RecentWorkspaces recent = new RecentWorkspaces(preferences::recentWorkspaces, preferences::setRecentWorkspaces);
        recent.rememberFile(file);
        workspaces = new WorkspaceSwitch(opened, new SameThreadTaskExecutor(),
                new FxWorkspaceDialogs(() -> stage, () -> Theme.LIGHT), recent, shell::switchTo,
                url -> PostgresLocation.parse(url, Map.of(), "os-user", dir, "Linux"),
                location -> OpenedWorkspace.team(location, dir.resolve("team-media")), OpenedWorkspace::existingFile);
        shell.offerWorkspaces(workspaces);
        shell.showStudio(StudioRole.LABELER);
        return shell;
    }

    private List<String> sessionIds() {
        WaitForAsyncUtils.waitForFxEvents();
        return ((MainWindow) scene.getRoot()).model().browser().shownRows().stream().map(SessionRow::id).toList();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) scene.getRoot().lookup(".menu-bar");
        return bar.getMenus().get(0).getItems().stream().filter(item -> id.equals(item.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private static DialogPane teamDialog() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(Window::isShowing)
                .map(w -> w.getScene() == null ? null : w.getScene().getRoot())
                .filter(root -> root instanceof DialogPane pane && pane.lookup("#" + OpenTeamWorkspaceDialog.ID_URL) != null)
                .map(DialogPane.class::cast).findFirst().orElseThrow(() -> new AssertionError("no team dialog"));
    }

    private static TextField field(DialogPane pane, String id) {
        return (TextField) pane.lookup("#" + id);
    }

    private static Label label(DialogPane pane, String id) {
        return (Label) pane.lookup("#" + id);
    }

    private static Button connectButton(DialogPane pane) {
        return (Button) pane.lookupButton(OpenTeamWorkspaceDialog.CONNECT);
    }

    /** File ▸ Open recent ▸ opened as a person opens it, captured from the screen with the window behind it. */
    private void renderRecentMenu(FxRobot robot, Menu recentMenu) throws Exception {
        Menu fileMenu = ((MenuBar) scene.getRoot().lookup(".menu-bar")).getMenus().get(0);
        robot.interact(fileMenu::show);
        WaitForAsyncUtils.waitForFxEvents();
        // hovering "Open recent" opens its submenu, as with a mouse
        javafx.scene.Node openRecent = robot.lookup(node -> node instanceof javafx.scene.control.Labeled l
                && "Open recent".equals(l.getText())).query();
        robot.moveTo(openRecent);
        WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, recentMenu::isShowing);
        WaitForAsyncUtils.waitForFxEvents();
        // Monocle cannot capture its screen: the window and each open menu are drawn where they lie
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(WIDTH, HEIGHT,
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        java.awt.Graphics2D g = picture.createGraphics();
        robot.interact(() -> {
            g.drawImage(SwingFXUtils.fromFXImage(scene.snapshot(null), null), 0, 0, null);
            for (Window popup : List.copyOf(Window.getWindows())) {
                if (popup instanceof javafx.stage.PopupWindow && popup.isShowing() && popup.getScene() != null) {
                    g.drawImage(SwingFXUtils.fromFXImage(popup.getScene().snapshot(null), null),
                            (int) (popup.getX() - stage.getX() - scene.getX()),
                            (int) (popup.getY() - stage.getY() - scene.getY()), null);
                }
            }
        });
        g.dispose();
        write(SwingFXUtils.toFXImage(picture, null), "open-recent-menu.png");
        robot.interact(fileMenu::hide);
    }

    private static void render(FxRobot robot, Scene scene, String name) throws IOException, URISyntaxException {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> {
            for (int pass = 0; pass < 2; pass++) {
                scene.getRoot().applyCss();
                scene.getRoot().layout();
            }
            image[0] = scene.snapshot(null);
        });
        write(image[0], name);
    }

    private static void write(javafx.scene.image.Image image, String name) throws IOException, URISyntaxException {
        Path testClasses = Path.of(OpenTeamWorkspaceStudioTest.class.getProtectionDomain().getCodeSource()
                .getLocation().toURI());
        Path out = testClasses.getParent().resolve("screenshots").resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
    }
}
