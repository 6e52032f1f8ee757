package org.trailmark.ui.workspace;

import java.nio.file.Path;
import java.util.Optional;

/** What switching workspaces asks and tells in windows of its own; tests answer without windows. */
public interface WorkspaceDialogs {

    /** A workspace file to open; empty when the person cancelled. */
    Optional<Path> chooseWorkspaceFile();

    /** File ▸ Open team workspace…: the dialog, working on {@code model} until it connects or is cancelled. */
    void showOpenTeamWorkspace(OpenTeamWorkspaceViewModel model);

    /** A recent entry did not open: says why and asks whether to take it off the list; true to remove it. */
    boolean askRemoveRecent(String title, String message);

    /** A plain-words error: what failed and what to do, never a stack trace. */
    void showError(String title, String message);

    /** A plain-words notice that needs no answer. */
    void showNotice(String title, String message);
}
