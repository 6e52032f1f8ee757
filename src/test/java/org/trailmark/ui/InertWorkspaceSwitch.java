package org.trailmark.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.ui.common.TaskExecutor;
import org.trailmark.ui.workspace.OpenTeamWorkspaceViewModel;
import org.trailmark.ui.workspace.OpenedWorkspace;
import org.trailmark.ui.workspace.RecentWorkspaces;
import org.trailmark.ui.workspace.WorkspaceDialogs;
import org.trailmark.ui.workspace.WorkspaceSwitch;

/**
 * A workspace switch for window tests that only need File ▸ Open… to be there: its dialogs answer
 * "cancelled", so no other workspace is ever opened.
 */
final class InertWorkspaceSwitch implements WorkspaceDialogs {

    static WorkspaceSwitch over(Workspace workspace, TaskExecutor executor) {
        java.util.List<String> none = new java.util.ArrayList<>();
        return new WorkspaceSwitch(new OpenedWorkspace(workspace, null, Optional.empty()), executor,
                new InertWorkspaceSwitch(), new RecentWorkspaces(() -> none, none::addAll), opened -> { },
                PostgresLocation::parse, location -> {
                    throw new IllegalStateException("no team workspace in this test");
                }, file -> {
                    throw new IllegalStateException("no other workspace file in this test");
                });
    }

    @Override
    public Optional<Path> chooseWorkspaceFile() {
        return Optional.empty();
    }

    @Override
    public void showOpenTeamWorkspace(OpenTeamWorkspaceViewModel model) {
    }

    @Override
    public boolean askRemoveRecent(String title, String message) {
        return false;
    }

    @Override
    public void showError(String title, String message) {
    }

    @Override
    public void showNotice(String title, String message) {
    }
}
