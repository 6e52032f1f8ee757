package org.trailmark.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresRoles;
import org.trailmark.store.pg.TeamRole;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "grant", description = "Make a database user a member of a team workspace with a role: labeler,"
        + " reviewer, curator, subject (sees only the sessions of --subject ID) or admin. Creates the PostgreSQL login"
        + " role if missing, without a password. Run by the workspace's owner; audited.")
final class WorkspaceGrantCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USER", description = "The PostgreSQL user (login role).")
    String user;

    @Parameters(index = "1", paramLabel = "ROLE", description = "labeler, reviewer, curator, subject or admin.")
    String role;

    @Option(names = "--subject", paramLabel = "ID", description = "For the subject role: the recorded person whose"
            + " sessions the user may see.")
    String subject;

    @Override
    public Integer call() {
        TeamRole teamRole = TeamRole.ofWireName(role).orElseThrow(() -> new UserError("ROLE must be one of "
                + Arrays.stream(TeamRole.values()).map(TeamRole::wireName).collect(Collectors.joining(", "))
                + ", not '" + role + "'"));
        PrintWriter out = spec.commandLine().getOut();
        PostgresLocation where = common.requireTeam("members and roles belong to a team workspace on PostgreSQL");
        PostgresRoles.Granted granted;
        try (Connection c = where.connect(CommonOptions.warningsTo(spec.commandLine().getErr()))) {
            granted = PostgresRoles.grant(c, where, user, teamRole, subject, where.user());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot close the connection to " + where.describe(), e);
        }
        out.println("Granted " + teamRole.wireName() + " in " + where.describe() + " to " + user
                + granted.previousRole().filter(p -> p != teamRole).map(p -> " (was " + p.wireName() + ")").orElse("")
                + ".");
        if (teamRole == TeamRole.SUBJECT) {
            out.println(user + " sees only the sessions of subject " + granted.member().subjectId() + ".");
        }
        if (granted.loginCreated()) {
            out.println("Created the login role " + user + " without a password: set one in psql with \\password "
                    + user + " (or let the server authenticate it another way).");
        }
        out.flush();
        return 0;
    }
}
