package org.trailmark.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trailmark.ui.StudioPreferences.WindowBounds;
import org.trailmark.ui.subject.SubjectStyles;

/**
 * Run in a child JVM by {@link WindowManagerGeometryTest}, on a real X display with a window
 * manager: starts the studio as a person does (remembered window bounds that lie off the screen and
 * are larger than it), then opens the main window's start screen, the studio, and each dialog in
 * turn. For each window it prints what {@link WindowReport} measures, then waits for a line on
 * standard input (the parent looks at the window through X meanwhile) before closing it.
 *
 * <p>Arguments: the workspace file, then the subject id whose "My data" dialogs to open.
 */
public final class WindowGeometryDriver {
    /** Where the remembered window lies: past the screen's right and bottom edges, and larger than it. */
    static final WindowBounds OFF_SCREEN = new WindowBounds(2600, 1900, 2200, 1500, false);
    private static final long WAIT_MS = 60_000;

    private final BufferedReader parent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    private final String subject;
    private Stage main;

    private WindowGeometryDriver(String subject) {
        this.subject = subject;
    }

    public static void main(String[] args) throws Exception {
        StudioPreferences preferences = StudioPreferences.forUser();
        preferences.setWindowBounds(OFF_SCREEN);
        preferences.setRememberedRole(null);
        WindowGeometryDriver driver = new WindowGeometryDriver(args[1]);
        Thread script = new Thread(() -> {
            try {
                driver.run(Path.of(args[0]));
            } catch (Throwable failure) {
                System.out.println("FAILED " + failure);
                failure.printStackTrace(System.out);
            } finally {
                System.out.flush();
                Platform.exit();
            }
        }, "window-geometry-script");
        script.setDaemon(true);
        script.start();
        StudioApp.launch("--workspace", args[0]);
        System.exit(0);
    }

    private void run(Path workspace) throws Exception {
        awaitToolkit();
        main = (Stage) waitFor(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene() != null && w.getScene().getRoot() instanceof StartScreen)
                .findFirst().orElse(null));
        report("start-screen", main);

        fx(() -> ((Button) main.getScene().lookup("#" + StartScreen.ID_LABELER)).fire());
        StudioViewModel model = waitFor(() -> main.getScene().getRoot() instanceof MainWindow window
                && window.model().player().sessionProperty().get() != null ? window.model() : null);
        report("main", main);

        dialog("export-wizard", model::exportTrainingSet);
        Path inbox = Files.createDirectories(workspace.resolveSibling("inbox"));
        Files.writeString(inbox.resolve("crashed.jsonl"), "{\"format\":\"trailmark\", \"version\": \n");
        dialog("import-report", () -> model.importPaths(List.of(inbox)));
        dialog("shortcuts", model::showShortcuts);
        dialog("audit-log", model::showAuditLog);
        dialog("records-of-processing", model::showRecordsOfProcessing);
        dialog("label-set", () -> button(main, b -> "Labels\u2026".equals(b.getText())).fire());
        teamWorkspaceAndBack(workspace);

        fx(() -> menuItem("Switch role\u2026").fire());
        waitFor(() -> main.getScene().getRoot() instanceof StartScreen ? main : null);
        fx(() -> {
            ((TextField) main.getScene().lookup("#" + StartScreen.ID_SUBJECT_FIELD)).setText(subject);
            ((Button) main.getScene().lookup("#" + StartScreen.ID_SUBJECT)).fire();
        });
        Button withdraw = waitFor(() -> main.getScene().lookup("#" + SubjectStyles.ID_WITHDRAW) instanceof Button b
                && !b.isDisabled() ? b : null);
        report("my-data", main);
        dialog("withdraw", withdraw::fire);
        Button erase = (Button) main.getScene().lookup("#" + SubjectStyles.ID_ERASE);
        Stage question = open(erase::fire);
        report("erase", question);
        Set<Window> before = Set.copyOf(fx(Window::getWindows));
        fx(() -> {
            DialogPane pane = (DialogPane) question.getScene().getRoot();
            ((TextField) pane.lookup(".text-field")).setText("ERASE");
            buttonWith(pane, ButtonData.OK_DONE).fire();
        });
        Stage erased = newWindow(before);
        report("erased", erased);
        close(erased);
    }

    /**
     * File ▸ Open team workspace… on a real PostgreSQL server (the tests' embedded one, started in this
     * JVM): the dialog, the window after connecting, File ▸ Open recent ▸ open, then back to the file.
     */
    private void teamWorkspaceAndBack(Path workspace) throws Exception {
        org.trailmark.store.pg.PostgresTestServer.TestDatabase db = org.trailmark.store.pg.PostgresTestServer.newDatabase();
        org.trailmark.store.pg.TeamWorkspaceInit.run(db.location(org.trailmark.store.pg.PostgresTestServer.OWNER), w -> { });
        try (org.trailmark.store.Workspace team = org.trailmark.store.Workspace.openTeam(
                db.location(org.trailmark.store.pg.PostgresTestServer.OWNER), workspace.resolveSibling("team-media"))) {
            TestSessions.add(team, TestSessions.info("team-ana-mail", "ana", "native", TestSessions.MORNING),
                    TestSessions.everyKind());
        }
        Stage teamDialog = open(() -> menuItem("Open team workspace\u2026").fire());
        fx(() -> ((TextField) teamDialog.getScene().lookup("#"
                + org.trailmark.ui.workspace.OpenTeamWorkspaceDialog.ID_URL))
                .setText(db.url(org.trailmark.store.pg.PostgresTestServer.OWNER)));
        report("open-team-workspace", teamDialog);
        fx(() -> ((Button) ((DialogPane) teamDialog.getScene().getRoot())
                .lookupButton(org.trailmark.ui.workspace.OpenTeamWorkspaceDialog.CONNECT)).fire());
        waitFor(() -> main.getTitle().contains("postgresql://") && main.getScene().getRoot() instanceof MainWindow w
                && w.model().player().sessionProperty().get() != null ? main : null);
        report("team-main", main);

        Menu file = fx(() -> ((MenuBar) main.getScene().getRoot().lookup(".menu-bar")).getMenus().get(0));
        fx(file::show);
        javafx.scene.Node openRecent = waitFor(() -> Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".menu").stream())
                .filter(n -> n instanceof javafx.scene.Parent p && p.lookupAll(".label").stream()
                        .anyMatch(l -> l instanceof javafx.scene.control.Labeled t && "Open recent".equals(t.getText())))
                .findFirst().orElse(null));
        fx(() -> {
            javafx.geometry.Bounds at = openRecent.localToScreen(openRecent.getBoundsInLocal());
            new javafx.scene.robot.Robot().mouseMove(at.getCenterX(), at.getCenterY());
        });
        Menu recent = (Menu) fx(() -> file.getItems().stream().filter(i -> i instanceof Menu).findFirst().orElseThrow());
        waitFor(() -> recent.isShowing() ? recent : null);
        TimeUnit.MILLISECONDS.sleep(500);
        System.out.println("SHOT open-recent-menu");
        System.out.flush();
        if (parent.readLine() == null) {
            throw new IOException("the test went away");
        }
        MenuItem back = fx(() -> recent.getItems().get(1));
        fx(file::hide);
        fx(back::fire);
        waitFor(() -> !main.getTitle().contains("postgresql://") && main.getScene().getRoot() instanceof MainWindow w
                && w.model().player().sessionProperty().get() != null ? main : null);
    }

    /** Opens a window with {@code action}, reports it, closes it. */
    private void dialog(String key, Runnable action) throws Exception {
        Stage window = open(action);
        report(key, window);
        close(window);
    }

    /** Runs {@code action} later on the FX thread (it may show a dialog and wait) and returns the new window. */
    private Stage open(Runnable action) throws Exception {
        Set<Window> before = Set.copyOf(fx(Window::getWindows));
        Platform.runLater(action);
        return newWindow(before);
    }

    private Stage newWindow(Set<Window> before) throws Exception {
        return (Stage) waitFor(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && !before.contains(w) && w instanceof Stage).findFirst().orElse(null));
    }

    /** Prints the window's report once the window manager has done with it, then waits for the parent. */
    private void report(String key, Stage window) throws Exception {
        WindowReport.Frame settled = null;
        for (long end = System.currentTimeMillis() + 10_000; System.currentTimeMillis() < end; ) {
            WindowReport.Frame now = fx(() -> WindowReport.Frame.of(window));
            if (now.equals(settled)) {
                break;
            }
            settled = now;
            TimeUnit.MILLISECONDS.sleep(400);
        }
        for (String line : fx(() -> WindowReport.lines(key, window))) {
            System.out.println(line);
        }
        System.out.println("END " + key);
        System.out.flush();
        if (parent.readLine() == null) {
            throw new IOException("the test went away");
        }
    }

    /** Closes a dialog by its Cancel (or only) button, any other window directly. */
    private void close(Stage window) throws Exception {
        fx(() -> {
            if (window.getScene().getRoot() instanceof DialogPane pane) {
                Button cancel = buttonWith(pane, ButtonData.CANCEL_CLOSE);
                (cancel != null ? cancel : buttonWith(pane, null)).fire();
            } else {
                window.close();
            }
        });
        waitFor(() -> window.isShowing() ? null : window);
    }

    private static Button buttonWith(DialogPane pane, ButtonData data) {
        for (ButtonType type : pane.getButtonTypes()) {
            if (data == null || type.getButtonData() == data) {
                return (Button) pane.lookupButton(type);
            }
        }
        return null;
    }

    private static Button button(Stage window, Predicate<Button> which) {
        return window.getScene().getRoot().lookupAll(".button").stream().filter(Button.class::isInstance)
                .map(Button.class::cast).filter(which).findFirst().orElseThrow();
    }

    private MenuItem menuItem(String text) {
        MenuBar bar = (MenuBar) main.getScene().getRoot().lookup(".menu-bar");
        for (Menu menu : bar.getMenus()) {
            for (MenuItem item : menu.getItems()) {
                if (text.equals(item.getText())) {
                    return item;
                }
            }
        }
        throw new IllegalStateException("no menu item " + text);
    }

    /** Until StudioApp.launch has started JavaFX, nothing can be asked of its thread. */
    private static void awaitToolkit() throws InterruptedException {
        for (long end = System.currentTimeMillis() + WAIT_MS; System.currentTimeMillis() < end; ) {
            try {
                Platform.runLater(() -> { });
                return;
            } catch (IllegalStateException notYet) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IllegalStateException("JavaFX did not start");
    }

    /** Polls {@code probe} on the FX thread until it answers something. */
    private static <T> T waitFor(Callable<T> probe) throws Exception {
        for (long end = System.currentTimeMillis() + WAIT_MS; System.currentTimeMillis() < end; ) {
            T found = fx(probe);
            if (found != null) {
                return found;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new IllegalStateException("waited " + WAIT_MS / 1000 + " s in vain");
    }

    private static void fx(Runnable action) throws Exception {
        fx(() -> {
            action.run();
            return Boolean.TRUE;
        });
    }

    private static <T> T fx(Callable<T> call) throws Exception {
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                answer.complete(call.call());
            } catch (Throwable failure) {
                answer.completeExceptionally(failure);
            }
        });
        return answer.get(WAIT_MS, TimeUnit.MILLISECONDS);
    }
}
