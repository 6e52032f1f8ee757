package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "workspace", description = "Manage the workspace file itself.",
        subcommands = {WorkspaceCommand.Init.class})
final class WorkspaceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", description = "Create an empty workspace (readable by you alone) at PATH, else at"
            + " --workspace, $TRAILMARK_WORKSPACE or the per-user location. An existing workspace is left as it is.")
    static final class Init implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH", description = "Where to create the workspace file.")
        Path path;

        @Override
        public Integer call() {
            Path file = target();
            if (Files.isDirectory(file)) {
                throw new UserError(file + " is a folder; name the workspace file inside it, e.g. "
                        + file.resolve("workspace.trailmark"));
            }
            boolean existed = Workspace.existsAt(file);
            PrintWriter out = spec.commandLine().getOut();
            // Opening refuses a file that is not a workspace before it changes anything.
            try (Workspace workspace = Workspace.open(file)) {
                out.println(existed
                        ? "A workspace already exists at " + workspace.file() + "; its sessions are kept as they are."
                        : "Created an empty workspace at " + workspace.file()
                                + ". Import sessions with: trailmark import FILE --workspace " + workspace.file());
            }
            out.flush();
            return 0;
        }

        private Path target() {
            if (path == null) {
                return common.workspaceFile().toAbsolutePath().normalize();
            }
            Path given = path.toAbsolutePath().normalize();
            if (common.workspace != null && !common.workspaceFile().toAbsolutePath().normalize().equals(given)) {
                throw new UserError("give the workspace once: as PATH or with --workspace, not both");
            }
            return given;
        }
    }
}
