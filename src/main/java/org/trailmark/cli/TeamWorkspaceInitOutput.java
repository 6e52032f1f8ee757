package org.trailmark.cli;

import java.io.PrintWriter;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresSchema;
import org.trailmark.store.pg.TeamWorkspaceInit;

/** {@code workspace init postgresql://…}: runs it and says what it did. */
final class TeamWorkspaceInitOutput {
    private TeamWorkspaceInitOutput() {
    }

    static int run(PostgresLocation where, PrintWriter out, PrintWriter err) {
        TeamWorkspaceInit.Report report = TeamWorkspaceInit.run(where, CommonOptions.warningsTo(err));
        PostgresSchema.Outcome schema = report.schema();
        if (schema.from() == 0) {
            out.println("Created the Trailmark schema (version " + schema.to() + ") in " + where.describe() + ".");
        } else if (schema.changed()) {
            out.println("Updated the schema of " + where.describe() + " from version " + schema.from() + " to "
                    + schema.to() + ".");
        } else {
            out.println("The schema of " + where.describe() + " is up to date (version " + schema.to()
                    + "); its sessions are kept as they are.");
        }
        out.println("Roles trailmark_labeler, trailmark_reviewer, trailmark_curator, trailmark_subject and"
                + " trailmark_admin, their grants and row-level security are in place.");
        out.println(report.admin().isPresent()
                ? report.databaseUser() + " is now an admin member of the workspace."
                : report.databaseUser() + " is an admin of the workspace already.");
        out.println("Add people with: trailmark workspace grant USER ROLE [--subject ID] --workspace "
                + where.describe());
        out.flush();
        return 0;
    }
}
