package org.trailmark.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.WorkspaceLocation;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.ui.StudioPreferences.WindowBounds;
import org.trailmark.ui.common.FxTaskExecutor;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.common.WindowLimits;
import org.trailmark.ui.common.WindowPlacement;
import org.trailmark.ui.player.MediaWarmUp;
import org.trailmark.ui.theme.Theme;
import org.trailmark.ui.workspace.FxWorkspaceDialogs;
import org.trailmark.ui.workspace.OpenedWorkspace;
import org.trailmark.ui.workspace.RecentWorkspaces;
import org.trailmark.ui.workspace.WorkspaceSwitch;

/**
 * The studio application. Started through {@code org.trailmark.Launcher} (which does not extend
 * Application, so a plain class-path launch finds JavaFX). Takes {@code --workspace FILE}; without
 * it the workspace comes from TRAILMARK_WORKSPACE or the per-user default, and a new workspace is
 * seeded with the bundled sample sessions. {@code --subject ID} opens subject mode for that subject
 * (only their sessions, "My data"); without it a start screen asks who is using the studio, unless
 * a choice was remembered (see {@link StudioShell}).
 *
 * <p>The window locks its workspace ({@code WorkspaceLock}); when another Trailmark window holds
 * the lock, this one opens the workspace read-only, says so, and offers no imports.
 */
public final class StudioApp extends Application {
    private WorkspaceSwitch workspaces;
    private TaskExecutor executor;
    private StudioPreferences preferences;
    private Stage stage;

    public static void launch(String... args) {
        Application.launch(StudioApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        stage = primaryStage;
        preferences = StudioPreferences.forUser();
        String given = givenWorkspace(optionValue(getParameters().getRaw(), "--workspace"));
        OpenedWorkspace opened;
        try {
            opened = openGiven(given);
        } catch (WorkspaceException | IllegalArgumentException e) {
            showStartupError(e.getMessage());
            Platform.exit();
            return;
        }
        executor = new FxTaskExecutor();
        MediaWarmUp.start();
        WindowBounds bounds = preferences.windowBounds();
        Scene scene = new Scene(new javafx.scene.layout.Region(), bounds.width(), bounds.height());
        stage.setScene(scene);
        StudioShell shell = new StudioShell(stage, scene, opened, executor, preferences,
                () -> new FxDialogService(() -> stage, preferences::theme, getHostServices()));
        RecentWorkspaces recent = new RecentWorkspaces(preferences::recentWorkspaces, preferences::setRecentWorkspaces);
        if (opened.workspace().isTeam()) {
            recent.rememberTeam(given);
        } else {
            opened.workspace().file().ifPresent(recent::rememberFile);
        }
        workspaces = new WorkspaceSwitch(opened, executor, new FxWorkspaceDialogs(() -> stage, preferences::theme),
                recent, shell::switchTo, PostgresLocation::parse,
                location -> OpenedWorkspace.team(location, WorkspaceLocation.teamMediaRoot()),
                OpenedWorkspace::existingFile);
        shell.offerWorkspaces(workspaces);
        WindowPlacement.mainWindow(stage, new Rectangle2D(bounds.x(), bounds.y(), bounds.width(), bounds.height()),
                bounds.maximized(), WindowLimits.MAIN);
        stage.setOnHidden(event -> {
            rememberBounds();
            shell.closeStudio();
        });
        stage.show();
        shell.open(optionValue(getParameters().getRaw(), "--subject"));
    }

    /** The --workspace option, else $TRAILMARK_WORKSPACE; null for the per-user default file. */
    private static String givenWorkspace(String option) {
        return option != null ? option : System.getenv(WorkspaceLocation.ENVIRONMENT_VARIABLE);
    }

    /**
     * A team workspace ({@code --workspace postgresql://…}, or $TRAILMARK_WORKSPACE as such a URL) is
     * shared by design: no local lock; each edit is its own compare-and-set transaction. A file is
     * this window's alone.
     */
    static OpenedWorkspace openGiven(String given) {
        String url = givenWorkspace(given);
        if (PostgresLocation.isPostgresUrl(url)) {
            return OpenedWorkspace.team(PostgresLocation.parse(url), WorkspaceLocation.teamMediaRoot());
        }
        return openLocked(WorkspaceLocation.resolve(given));
    }

    /** Opens the workspace for this window alone, or read-only when another window has it. */
    static OpenedWorkspace openLocked(Path file) {
        return OpenedWorkspace.file(file);
    }

    /** A message as a sentence: capital first letter, full stop at the end. */
    static String sentence(String message) {
        return org.trailmark.ui.common.Formats.sentence(message);
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.close();
        }
        if (workspaces != null) {
            workspaces.close();
        }
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE}, or null. */
    static String optionValue(List<String> args, String name) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(name) && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (arg.startsWith(name + "=")) {
                return arg.substring(name.length() + 1);
            }
        }
        return null;
    }

    private void rememberBounds() {
        if (stage.isMaximized()) {
            WindowBounds last = preferences.windowBounds();
            preferences.setWindowBounds(new WindowBounds(last.x(), last.y(), last.width(), last.height(), true));
        } else {
            preferences.setWindowBounds(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), false));
        }
    }

    private static void showStartupError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.setTitle("Trailmark cannot start");
        alert.setHeaderText("The workspace could not be opened");
        String sentence = message == null ? "No reason was given." : message.endsWith(".") ? message : message + ".";
        alert.setContentText(sentence
                + "\n\nChoose another workspace with --workspace FILE or the TRAILMARK_WORKSPACE variable.");
        Theme.LIGHT.applyTo(alert.getDialogPane());
        WindowPlacement.dialog(alert, WindowLimits.MESSAGE);
        alert.showAndWait();
    }
}
