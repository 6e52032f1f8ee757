package org.trailmark.cli;

import java.io.PrintWriter;
import org.trailmark.store.WorkspaceLocation;
import org.trailmark.store.pg.PostgresLocation;
import picocli.CommandLine.Option;

/**
 * The {@code --workspace URL} of commands that only make sense on a team workspace (grant, revoke):
 * a {@code postgresql://} URL, else {@code $TRAILMARK_WORKSPACE} when that is one.
 */
final class TeamWorkspaceOption {
    @Option(names = "--workspace", paramLabel = "URL", description = "The team workspace,"
            + " postgresql://[user@]host[:port]/database (default: $TRAILMARK_WORKSPACE when it is such a URL)."
            + " The password comes from PGPASSWORD or ~/.pgpass.")
    String workspace;

    @Option(names = "--debug", description = "Show internal details (stack traces) when something fails.")
    boolean debug;

    PostgresLocation location() {
        String given = workspace != null ? workspace : System.getenv(WorkspaceLocation.ENVIRONMENT_VARIABLE);
        if (given == null || given.isBlank()) {
            throw new UserError("name the team workspace: --workspace postgresql://[user@]host[:port]/database");
        }
        if (!PostgresLocation.isPostgresUrl(given)) {
            throw new UserError("members and roles belong to a team workspace on PostgreSQL; " + given
                    + " is a workspace file (give --workspace postgresql://…)");
        }
        return PostgresLocation.parse(given);
    }

    /** Warnings (an ignored password file) go to standard error, one line each. */
    static java.util.function.Consumer<String> warningsTo(PrintWriter err) {
        return warning -> {
            err.println("trailmark: warning: " + warning);
            err.flush();
        };
    }
}
