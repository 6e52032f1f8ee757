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
import org.trailmark.store.TeamMembership;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLock;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.workspace.OpenedWorkspace;
import org.trailmark.ui.workspace.WorkspaceSwitch;

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
    private Workspace workspace;
    private Optional<TeamMembership> membership = Optional.empty();
    private WorkspaceSwitch workspaces;
    private StudioRole role;
    private final TaskExecutor executor;
    private final StudioPreferences preferences;
    private final Supplier<DialogService> dialogsFactory;
    private StudioViewModel model;
    private MainWindow window;
    private boolean readOnlyTold;

    StudioShell(Stage stage, Scene scene, OpenedWorkspace opened, TaskExecutor executor,
                StudioPreferences preferences, Supplier<DialogService> dialogsFactory) {
        this(stage, scene, opened.workspace(), executor, preferences, dialogsFactory);
        this.membership = opened.membership();
    }

    StudioShell(Stage stage, Scene scene, Workspace workspace, TaskExecutor executor, StudioPreferences preferences,
                Supplier<DialogService> dialogsFactory) {
        this.stage = Objects.requireNonNull(stage, "stage");
        this.scene = Objects.requireNonNull(scene, "scene");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.preferences = Objects.requireNonNull(preferences, "preferences");
        this.dialogsFactory = Objects.requireNonNull(dialogsFactory, "dialogsFactory");
    }

    /** Offers File ▸ Open team workspace…, Open workspace file… and Open recent ▸ through {@code workspaces}. */
    void offerWorkspaces(WorkspaceSwitch workspaces) {
        this.workspaces = workspaces;
    }

    /**
     * Shows another workspace in this window: the studio before is closed (its timers, players and
     * windows with it), a fresh one is built for {@code next} in the same role, except that a team
     * member who is a recorded person always sees only their own data there.
     */
    void switchTo(OpenedWorkspace next) {
        StudioRole before = role;
        closeStudio();
        workspace = next.workspace();
        membership = next.membership();
        readOnlyTold = false;
        Optional<StudioRole> own = membersOwnData();
        if (own.isPresent()) {
            showStudio(own.get());
        } else if (before != null) {
            showStudio(before);
        } else {
            showStartScreen();
        }
    }

    /** Subject mode for a team member whose role is {@code subject}; empty for everyone else. */
    private Optional<StudioRole> membersOwnData() {
        return membership.filter(TeamMembership::isSubject).map(member -> StudioRole.subject(member.subjectId()));
    }

    /** The studio for {@code --subject ID} or the remembered role; the start screen otherwise. */
    void open(String subjectOption) {
        Optional<StudioRole> ownData = membersOwnData();
        if (ownData.isPresent()) {
            // a recorded person on a team server: the server shows them only their own data anyway
            showStudio(ownData.get());
            return;
        }
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
        model.showTeamRole(membership.map(TeamMembership::role).orElse(""));
        window = new MainWindow(model, stage::close, this::showStartScreen, workspaces);
        this.role = role;
        scene.setRoot(window);
        stage.setTitle("Trailmark — " + workspace.displayName()
                + (role.isSubject() ? " — my data (" + role.subject() + ")" : "")
                + (workspace.isReadOnly() ? " (read-only)" : ""));
        window.focusSessions();
        // a subject looking at their own data gets no sample sessions of made-up people
        model.start(!role.isSubject());
        if (workspace.isReadOnly() && !readOnlyTold) {
            readOnlyTold = true;
            dialogs.showNotice("Opened read-only", StudioApp.sentence(workspace.file()
                    .map(WorkspaceLock::lockedMessage).orElse(workspace.where() + " is open read-only")));
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
        role = null;
    }

    /** The studio's view-model, or null while the start screen shows. */
    StudioViewModel model() {
        return model;
    }

    Parent root() {
        return scene.getRoot();
    }
}
