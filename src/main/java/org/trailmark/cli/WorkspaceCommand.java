package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLocation;
import org.trailmark.store.pg.PostgresLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "workspace", description = "Look after the workspace itself: a file, or a team workspace on PostgreSQL.",
        subcommands = {WorkspaceCommand.Init.class, WorkspaceCommand.RotatePseudonymKey.class,
                WorkspaceGrantCommand.class, WorkspaceRevokeCommand.class, WorkspaceCopyCommand.class})
final class WorkspaceCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "init", description = "Create an empty workspace (readable by you alone) at PATH, else at"
            + " --workspace, $TRAILMARK_WORKSPACE or the per-user location. An existing workspace is left as it is."
            + " Given postgresql://[user@]host[:port]/database, set up that (empty) database as a team workspace:"
            + " schema, roles, row-level security, and you as its first admin.")
    static final class Init implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", arity = "0..1", paramLabel = "PATH|URL",
                description = "Where to create the workspace file, or a PostgreSQL database's URL.")
        String path;

        @Override
        public Integer call() {
            String url = teamWorkspaceUrl();
            if (url != null) {
                return TeamWorkspaceInitOutput.run(PostgresLocation.parse(url), spec.commandLine().getOut(),
                        spec.commandLine().getErr());
            }
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
                        ? "A workspace already exists at " + workspace.where() + "; its sessions are kept as they are."
                        : "Created an empty workspace at " + workspace.where()
                                + ". Import sessions with: trailmark import FILE --workspace " + workspace.file());
            }
            out.flush();
            return 0;
        }

        /** The URL when init is for a team workspace: the argument, else $TRAILMARK_WORKSPACE when it is one. */
        private String teamWorkspaceUrl() {
            if (PostgresLocation.isPostgresUrl(path)) {
                return path;
            }
            if (path == null && common.workspace != null
                    && common.workspace.toString().toLowerCase(java.util.Locale.ROOT).matches("postgres(ql)?:/.*")) {
                // --workspace is read as a file path, which has already lost the URL's "//"
                throw new UserError("give the PostgreSQL URL as the argument: trailmark workspace init"
                        + " postgresql://[user@]host[:port]/database");
            }
            String fromEnv = System.getenv(WorkspaceLocation.ENVIRONMENT_VARIABLE);
            return path == null && common.workspace == null && PostgresLocation.isPostgresUrl(fromEnv) ? fromEnv : null;
        }

        private Path target() {
            if (path == null) {
                return common.workspaceFile().toAbsolutePath().normalize();
            }
            Path given = Path.of(path).toAbsolutePath().normalize();
            if (common.workspace != null && !common.workspaceFile().toAbsolutePath().normalize().equals(given)) {
                throw new UserError("give the workspace once: as PATH or with --workspace, not both");
            }
            return given;
        }
    }

    @Command(name = "rotate-pseudonym-key", description = "Replace the workspace's secret pseudonym key with a new"
            + " random one. Exports made afterwards get new pseudonyms, even with the same --seed, so they cannot be"
            + " linked by pseudonym to earlier ones; earlier exports keep theirs. The key never leaves the workspace;"
            + " the audit log records that it was rotated. Asks to confirm unless --yes.")
    static final class RotatePseudonymKey implements Callable<Integer> {
        static final String CONFIRMATION = "ROTATE";

        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Option(names = "--yes", description = "Do not ask; rotate at once.")
        boolean yes;

        @Option(names = "--by", paramLabel = "NAME", description = "Who rotates, for the audit log"
                + " (default: the reviewer name).")
        String by;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (Workspace workspace = common.openWorkspace()) {
                if (!yes && !confirmed(out, err)) {
                    return 1;
                }
                workspace.settings().rotatePseudonymSecret(ConsentCommand.actor(workspace, by));
            }
            out.println("Rotated the pseudonym key. Exports made from now on get new pseudonyms, also with a seed"
                    + " used before; earlier exports keep theirs.");
            out.flush();
            return 0;
        }

        /** A closed stdin (no one to answer) is a refusal, never a yes. */
        private static boolean confirmed(PrintWriter out, PrintWriter err) {
            out.println("Exports made after this get new pseudonyms: they cannot be linked to earlier exports by"
                    + " pseudonym, and an earlier seeded export can no longer be remade byte for byte.");
            out.printf("Type %s to confirm: ", CONFIRMATION);
            out.flush();
            String answer = ConsoleAnswer.readLine();
            if (answer == null || !answer.strip().equals(CONFIRMATION)) {
                out.println();
                err.println("trailmark: error: " + (answer == null
                        ? "no answer (standard input is closed); the key was not rotated. Run with --yes to rotate"
                        + " without asking" : "not confirmed; the key was not rotated"));
                err.flush();
                return false;
            }
            return true;
        }
    }
}
