package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.ToIntFunction;
import org.trailmark.store.NoWorkspaceException;
import org.trailmark.store.TeamMembership;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLocation;
import org.trailmark.store.pg.PostgresLocation;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--workspace", paramLabel = "FILE|URL", converter = WorkspaceArgument.class,
            description = "Workspace file, or a team workspace on PostgreSQL: postgresql://[user@]host[:port]/db"
                    + " (password from PGPASSWORD or ~/.pgpass, never on the command line)"
                    + " (default: $TRAILMARK_WORKSPACE, else a per-user location).")
    String workspace;

    @Option(names = "--debug", description = "Show internal details (stack traces) when something fails.")
    boolean debug;

    /**
     * Opens the workspace, which must exist: only {@code import} and {@code workspace init} make
     * one, so that a mistyped path never leaves an empty workspace (and its folders) behind.
     */
    Workspace openWorkspace() {
        if (isTeam()) {
            return openTeam();
        }
        return Workspace.openExisting(workspaceFile());
    }

    /**
     * Opens the workspace, runs {@code work} on it, flushes {@code out} and closes the workspace: the shape
     * of a command that reads or changes one workspace and prints what it did. Returns work's exit code.
     */
    int run(PrintWriter out, ToIntFunction<Workspace> work) {
        try (Workspace workspace = openWorkspace()) {
            int code = work.applyAsInt(workspace);
            out.flush();
            return code;
        }
    }

    /** Opens the workspace, creating it (owner-only) when there is none yet; a team workspace must exist. */
    Workspace openOrCreateWorkspace() {
        if (isTeam()) {
            return openTeam();
        }
        return Workspace.open(workspaceFile());
    }

    /** True when the workspace named is a team workspace on a PostgreSQL server. */
    boolean isTeam() {
        return PostgresLocation.isPostgresUrl(given());
    }

    /** The team workspace's server and database; only when {@link #isTeam()}. */
    PostgresLocation teamLocation() {
        return PostgresLocation.parse(given());
    }

    /**
     * The team workspace named, for commands that only make sense on one (members and roles); a file or
     * nothing at all is a usage error saying so.
     */
    PostgresLocation requireTeam(String why) {
        String given = given();
        if (given == null) {
            throw new UserError("name the team workspace: --workspace postgresql://[user@]host[:port]/database");
        }
        if (!isTeam()) {
            throw new UserError(why + "; " + given + " is a workspace file (give --workspace postgresql://…)");
        }
        return teamLocation();
    }

    /** Where a team connection's warnings (an ignored password file) go: standard error, one line each. */
    static java.util.function.Consumer<String> warningsTo(java.io.PrintWriter err) {
        return warning -> {
            err.println("trailmark: warning: " + warning);
            err.flush();
        };
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
        if (isTeam()) {
            throw new UserError("this command works on a workspace file, not on the team workspace " + teamLocation());
        }
        return WorkspaceLocation.resolve(workspace);
    }

    /** As the studio does: a login this workspace does not list is refused before any command runs on it. */
    private Workspace openTeam() {
        return TeamMembership.openAsMember(teamLocation(), WorkspaceLocation.teamMediaRoot()).workspace();
    }

    /** The --workspace value, else $TRAILMARK_WORKSPACE; null when neither is given. */
    private String given() {
        if (workspace != null && !workspace.isBlank()) {
            return workspace;
        }
        String fromEnv = System.getenv(WorkspaceLocation.ENVIRONMENT_VARIABLE);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv;
    }
}
