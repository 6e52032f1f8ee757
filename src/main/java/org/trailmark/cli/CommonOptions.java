package org.trailmark.cli;

import java.nio.file.Path;
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

    Workspace openWorkspace() {
        return Workspace.open(workspaceFile());
    }

    Path workspaceFile() {
        return WorkspaceLocation.resolve(workspace == null ? null : workspace.toString());
    }
}
