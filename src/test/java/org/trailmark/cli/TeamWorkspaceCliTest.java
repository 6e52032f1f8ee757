package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trailmark.store.pg.PostgresRoles;
import org.trailmark.store.pg.PostgresTestServer;
import org.trailmark.store.pg.TeamRole;

/** workspace init / grant / revoke on a team workspace, against a real PostgreSQL server. */
class TeamWorkspaceCliTest {
    private PostgresTestServer.TestDatabase db;
    private String url;

    @BeforeEach
    void emptyDatabase() {
        db = PostgresTestServer.newDatabase();
        url = db.url(PostgresTestServer.OWNER);
    }

    @Test
    void initSetsUpAnEmptyDatabaseAndSaysWhatItDid() {
        CliRun first = CliRun.of("workspace", "init", url);
        CliRun second = CliRun.of("workspace", "init", url);

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("Created the Trailmark schema (version 11) in postgresql://"
                        + PostgresTestServer.OWNER + "@localhost:" + db.port() + "/" + db.name())
                .contains("row-level security are in place")
                .contains(PostgresTestServer.OWNER + " is now an admin member")
                .contains("trailmark workspace grant USER ROLE [--subject ID] --workspace postgresql://");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("is up to date (version 11)").contains("is an admin of the workspace already");
    }

    @Test
    void grantAndRevokeManageMembers() throws SQLException {
        CliRun.of("workspace", "init", url);
        String sam = db.user("sam");

        CliRun granted = CliRun.of("workspace", "grant", sam, "subject", "--subject", "subj-9", "--workspace", url);
        CliRun changed = CliRun.of("workspace", "grant", sam, "labeler", "--workspace", url);

        assertThat(granted.code()).as(granted.err()).isZero();
        assertThat(granted.out()).contains("Granted subject in").contains(sam + " sees only the sessions of subject subj-9")
                .contains("Created the login role " + sam + " without a password");
        assertThat(changed.out()).contains("Granted labeler").contains("(was subject)")
                .doesNotContain("Created the login role");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThat(PostgresRoles.members(c)).contains(new PostgresRoles.Member(sam, TeamRole.LABELER, null));
        }

        CliRun revoked = CliRun.of("workspace", "revoke", sam, "--workspace", url);

        assertThat(revoked.out()).contains(sam + " is no longer a member").contains("(was labeler)");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThat(PostgresRoles.members(c)).extracting(PostgresRoles.Member::dbUser).doesNotContain(sam);
        }
    }

    @Test
    void mistakesGetOneLineEach() {
        CliRun.of("workspace", "init", url);

        CliRun badRole = CliRun.of("workspace", "grant", db.user("x"), "boss", "--workspace", url);
        CliRun noSubject = CliRun.of("workspace", "grant", db.user("x"), "subject", "--workspace", url);
        CliRun file = CliRun.of("workspace", "grant", db.user("x"), "labeler", "--workspace", "/tmp/w.trailmark");
        CliRun password = CliRun.of("workspace", "init", "postgresql://me:hunter2@localhost/db");
        CliRun mangled = CliRun.of("workspace", "init", "--workspace", url);

        assertThat(badRole.code()).isNotZero();
        assertThat(badRole.err()).contains("ROLE must be one of labeler, reviewer, curator, subject, admin");
        assertThat(noSubject.err()).contains("needs --subject ID");
        assertThat(file.err()).contains("is a workspace file");
        assertThat(password.err()).contains("must not hold a password").doesNotContain("hunter2");
        assertThat(mangled.err()).contains("give the PostgreSQL URL as the argument");
    }
}
