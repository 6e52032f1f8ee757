package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.pg.PostgresRoles;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamRole;

/** Commands on a team workspace refuse a login the workspace does not list, in the studio's words. */
class TeamMembershipCliTest {
    private PostgresTestServer.TestDatabase db;
    private String stranger;

    @BeforeEach
    void workspaceAndAStranger() throws SQLException {
        db = PostgresTestServer.newDatabase();
        assertThat(CliRun.of("workspace", "init", db.url(PostgresTestServer.OWNER)).code()).isZero();
        stranger = db.createLogin("stranger");
        // A labeler of another workspace on the same server: the server lets the login connect here too.
        PostgresTestServer.TestDatabase other = PostgresTestServer.newDatabase();
        assertThat(CliRun.of("workspace", "init", other.url(PostgresTestServer.OWNER)).code()).isZero();
        try (Connection c = other.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, stranger, TeamRole.LABELER, null, "test");
        }
    }

    @Test
    void aLoginTheWorkspaceDoesNotListIsRefusedLikeAnyOtherOpenFailure() {
        String expected = "trailmark: error: user " + stranger + " is not a member of the workspace postgresql://"
                + stranger + "@localhost:" + db.port() + "/" + db.name()
                + "; its owner adds members with trailmark workspace grant";

        CliRun sessions = CliRun.of("sessions", "--workspace", db.url(stranger));
        CliRun holds = CliRun.of("hold", "list", "--json", "--workspace", db.url(stranger));
        CliRun report = CliRun.of("report", "processing", "--workspace", db.url(stranger));

        for (CliRun refused : new CliRun[] {sessions, holds, report}) {
            assertThat(refused.code()).isEqualTo(2);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.errLines()).containsExactly(expected);
        }
    }

    @Test
    void onceGrantedTheSameLoginWorks() {
        assertThat(CliRun.of("workspace", "grant", stranger, "labeler", "--workspace",
                db.url(PostgresTestServer.OWNER)).code()).isZero();

        CliRun sessions = CliRun.of("sessions", "--workspace", db.url(stranger));

        assertThat(sessions.code()).as(sessions.err()).isZero();
        assertThat(sessions.err()).isEmpty();
    }

    @Test
    void aLoginWithoutAnyWorkspaceRoleIsToldTheSame() throws SQLException {
        String nobody = db.createLogin("nobody");

        CliRun refused = CliRun.of("sessions", "--workspace", db.url(nobody));

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("user " + nobody + " is not a member of the workspace")
                .contains("its owner adds members with trailmark workspace grant");
    }

    @Test
    void workspaceCopyFromATeamWorkspaceRefusesANonMemberAndWritesNoFile(@TempDir Path dir) {
        Path target = dir.resolve("copy.trailmark");

        CliRun refused = CliRun.of("workspace", "copy", db.url(stranger), target.toString());

        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("user " + stranger + " is not a member of the workspace");
        assertThat(target).doesNotExist();
    }
}
