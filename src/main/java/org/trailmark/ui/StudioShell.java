package org.trailmark.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.trailmark.model.SubjectIds;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLock;
import org.trailmark.ui.common.TaskExecutor;

/**
 * What the studio's one window shows: the start screen that asks who is using it, or the studio
 * for the chosen role. {@code --subject ID} or a remembered choice skips the start screen; File ▸
 * Switch role… brings it back. A switch builds a fresh studio (view-model, dialogs, window) for
 * the new role and closes the windows the old one opened, so nothing of a labeler's view stays
 * open in front of a subject.
 */
final class StudioShell {
    private final Stage stage;
    private final Scene scene;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final StudioPreferences preferences;
    private final Supplier<DialogService> dialogsFactory;
    private StudioViewModel model;
    private MainWindow window;
    private boolean readOnlyTold;

    StudioShell(Stage stage, Scene scene, Workspace workspace, TaskExecutor executor, StudioPreferences preferences,
                Supplier<DialogService> dialogsFactory) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.dialogsFactory = Objects.requireNonNull(dialogsFactory, "dialogsFactory");
    }

    /** The studio for {@code --subject ID} or the remembered role; the start screen otherwise. */
    void open(String subjectOption) {
        if (subjectOption != null && SubjectIds.isUnassigned(subjectOption.strip())) {
            // not a person: the start screen says why and lets them enter their own id
            showStartScreen().proposeSubject(subjectOption.strip());
            return;
        }
        Optional<StudioRole> role = StudioRole.fromOption(subjectOption);
        if (role.isEmpty()) {
            role = preferences.rememberedRole();
        }
        role.ifPresentOrElse(this::showStudio, this::showStartScreen);
    }

    StartScreen.Model showStartScreen() {
        closeStudio();
        StartScreen.Model startModel = new StartScreen.Model(preferences, this::showStudio);
        scene.setRoot(new StartScreen(startModel));
        preferences.theme().applyTo(scene);
        stage.setTitle("Trailmark — " + workspace.displayName());
        return startModel;
    }

    void showStudio(StudioRole role) {
        closeStudio();
        DialogService dialogs = dialogsFactory.get();
        model = new StudioViewModel(workspace, executor, dialogs, preferences, role.subject());
        window = new MainWindow(model, stage::close, this::showStartScreen);
        scene.setRoot(window);
        stage.setTitle("Trailmark — " + workspace.displayName()
                + (role.isSubject() ? " — my data (" + role.subject() + ")" : "")
                + (workspace.isReadOnly() ? " (read-only)" : ""));
        window.focusSessions();
        // a subject looking at their own data gets no sample sessions of made-up people
        model.start(!role.isSubject());
        if (workspace.isReadOnly() && !readOnlyTold) {
            readOnlyTold = true;
            dialogs.showNotice("Opened read-only", StudioApp.sentence(WorkspaceLock.lockedMessage(workspace.file())));
        }
    }

    /** Remembers what a labeler had open, then closes the studio and every window it opened. */
    void closeStudio() {
        if (model == null) {
            return;
        }
        if (!model.isSubjectMode()) {
            preferences.setBrowserState(model.browser().state());
        }
        preferences.setSidePanelDivider(window.sidePanelDivider());
        preferences.setReviewDivider(window.reviewDivider());
        model.close();
        List<Window> open = new ArrayList<>(Window.getWindows());
        for (Window w : open) {
            if (w instanceof Stage owned && owned.getOwner() == stage) {
                owned.close();
            }
        }
        model = null;
        window = null;
    }

    /** The studio's view-model, or null while the start screen shows. */
    StudioViewModel model() {
        return model;
    }

    Parent root() {
        return scene.getRoot();
    }
}
