package org.trailmark.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.trailmark.store.WorkspaceException;
import org.trailmark.store.pg.PostgresLocation;
import org.trailmark.store.pg.PostgresRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "revoke", description = "End a database user's membership of a team workspace. The login role"
        + " stays (drop it in psql if the person leaves). Audited.")
final class WorkspaceRevokeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "USER", description = "The PostgreSQL user (login role).")
    String user;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PostgresLocation where = common.requireTeam("members and roles belong to a team workspace on PostgreSQL");
        PostgresRoles.Member revoked;
        try (Connection c = where.connect(CommonOptions.warningsTo(spec.commandLine().getErr()))) {
            revoked = PostgresRoles.revoke(c, where, user, where.user());
        } catch (SQLException e) {
            throw new WorkspaceException("cannot close the connection to " + where.describe(), e);
        }
        out.println(user + " is no longer a member of " + where.describe() + " (was " + revoked.role().wireName()
                + "); the login role is kept.");
        out.flush();
        return 0;
    }
}
