package org.trailmark.cli;

import java.nio.file.Path;
import org.trailmark.store.NoWorkspaceException;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLocation;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--workspace", paramLabel = "FILE",
            description = "Workspace file (default: $TRAILMARK_WORKSPACE, else a per-user location).")
    Path workspace;

    @Option(names = "--debug", description = "Show internal details (stack traces) when something fails.")
    boolean debug;

    /**
     * Opens the workspace, which must exist: only {@code import} and {@code workspace init} make
     * one, so that a mistyped path never leaves an empty workspace (and its folders) behind.
     */
    Workspace openWorkspace() {
        return Workspace.openExisting(workspaceFile());
    }

    /** Opens the workspace, creating it (owner-only) when there is none yet. */
    Workspace openOrCreateWorkspace() {
        return Workspace.open(workspaceFile());
    }

    /** The workspace file, which must exist (for commands that lock it before opening it). */
    Path existingWorkspaceFile() {
        Path file = workspaceFile();
        if (!Workspace.existsAt(file)) {
            throw new NoWorkspaceException(file);
        }
        return file;
    }

    Path workspaceFile() {
        return WorkspaceLocation.resolve(workspace == null ? null : workspace.toString());
    }
}
