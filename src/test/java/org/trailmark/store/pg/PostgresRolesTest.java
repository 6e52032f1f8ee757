package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.count;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;
import static org.trailmark.store.pg.PostgresSchemaTest.strings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trailmark.store.WorkspaceException;

class PostgresRolesTest {
    private PostgresTestServer.TestDatabase db;

    @BeforeEach
    void initialisedWorkspace() {
        db = PostgresTestServer.newDatabase();
        TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });
    }

    @Test
    void initMakesItsCallerTheFirstAdminAndASecondRunChangesNothing() throws SQLException {
        TeamWorkspaceInit.Report again = TeamWorkspaceInit.run(db.location(PostgresTestServer.OWNER), w -> { });

        assertThat(again.schema().changed()).isFalse();
        assertThat(again.admin()).isEmpty();
        assertThat(again.databaseUser()).isEqualTo(PostgresTestServer.OWNER);
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThat(PostgresRoles.members(c)).containsExactly(
                    new PostgresRoles.Member(PostgresTestServer.OWNER, TeamRole.ADMIN, null));
            assertThat(strings(c, "SELECT action FROM audit")).containsExactly("grant_member");
        }
    }

    @Test
    void aGrantCreatesAPasswordlessLoginGrantsTheGroupAndIsAudited() throws SQLException {
        String alice = db.user("alice");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.Granted granted = PostgresRoles.grant(c, null, alice, TeamRole.SUBJECT, "subj-7", "it-desk");

            assertThat(granted.loginCreated()).isTrue();
            assertThat(granted.previousRole()).isEmpty();
            assertThat(PostgresRoles.members(c)).contains(new PostgresRoles.Member(alice, TeamRole.SUBJECT, "subj-7"));
            assertThat(strings(c, "SELECT actor || ' ' || db_user || ' ' || detail FROM audit WHERE action = 'grant_member'"
                    + " AND detail LIKE '%" + alice + "%'")).containsExactly(
                    "it-desk " + PostgresTestServer.OWNER + " member " + alice + " as subject of subject subj-7;"
                            + " login role created");
        }
        try (Connection c = db.superuser()) {
            assertThat(strings(c, "SELECT rolcanlogin::text || ' ' || (rolpassword IS NULL)::text FROM pg_authid"
                    + " WHERE rolname = '" + alice + "'")).containsExactly("true true");
            assertThat(groupsOf(c, alice)).containsExactly("trailmark_subject");
        }
    }

    @Test
    void aNewRoleReplacesThePreviousOne() throws SQLException {
        String lena = db.user("lena");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, lena, TeamRole.LABELER, null, "it");
            PostgresRoles.Granted second = PostgresRoles.grant(c, null, lena, TeamRole.CURATOR, null, "it");

            assertThat(second.loginCreated()).isFalse();
            assertThat(second.previousRole()).isEqualTo(Optional.of(TeamRole.LABELER));
        }
        try (Connection c = db.superuser()) {
            assertThat(groupsOf(c, lena)).containsExactly("trailmark_curator");
        }
    }

    @Test
    void aSubjectIdGoesWithTheSubjectRoleOnly() throws SQLException {
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThatThrownBy(() -> PostgresRoles.grant(c, null, db.user("s"), TeamRole.SUBJECT, null, "it"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("--subject");
            assertThatThrownBy(() -> PostgresRoles.grant(c, null, db.user("l"), TeamRole.LABELER, "subj-1", "it"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("subject role only");
            assertThatThrownBy(() -> PostgresRoles.grant(c, null, "trailmark_admin", TeamRole.ADMIN, null, "it"))
                    .hasMessageContaining("reserved");
            assertThat(PostgresRoles.members(c)).hasSize(1);
        }
    }

    @Test
    void aRevokeEndsTheMembershipButKeepsTheLogin() throws SQLException {
        String carl = db.user("carl");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, carl, TeamRole.CURATOR, null, "it");

            PostgresRoles.Member revoked = PostgresRoles.revoke(c, null, carl, "it");

            assertThat(revoked.role()).isEqualTo(TeamRole.CURATOR);
            assertThat(PostgresRoles.members(c)).extracting(PostgresRoles.Member::dbUser).doesNotContain(carl);
            assertThat(count(c, "SELECT count(*) FROM audit WHERE action = 'revoke_member'")).isEqualTo(1);
            assertThatThrownBy(() -> PostgresRoles.revoke(c, null, carl, "it")).hasMessageContaining("not a member");
        }
        try (Connection c = db.superuser()) {
            assertThat(groupsOf(c, carl)).isEmpty();
            assertThat(count(c, "SELECT count(*) FROM pg_roles WHERE rolname = '" + carl + "'")).isEqualTo(1);
        }
        // without a group role the database itself is closed to the login (CONNECT is not granted to PUBLIC)
        assertThatThrownBy(() -> db.connect(carl).close()).hasMessageContaining("permission denied for database");
    }

    @Test
    void theLastAdminStays() throws SQLException {
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            assertThatThrownBy(() -> PostgresRoles.revoke(c, null, PostgresTestServer.OWNER, "it"))
                    .hasMessageContaining("only admin");
            assertThatThrownBy(() -> PostgresRoles.grant(c, null, PostgresTestServer.OWNER, TeamRole.LABELER, null, "it"))
                    .hasMessageContaining("only admin");
        }
    }

    @Test
    void onlyAnAdminChangesTheMemberList() throws SQLException {
        String lena = db.user("lena");
        try (Connection c = db.connect(PostgresTestServer.OWNER)) {
            PostgresRoles.grant(c, null, lena, TeamRole.LABELER, null, "it");
        }
        try (Connection c = db.connect(lena)) {
            assertThatThrownBy(() -> execute(c, "UPDATE workspace_members SET role = 'admin' WHERE db_user = current_user"))
                    .hasMessageContaining("permission denied");
            assertThat(count(c, "SELECT count(*) FROM workspace_members")).isEqualTo(2);
        }
    }

    private static java.util.List<String> groupsOf(Connection c, String user) throws SQLException {
        return strings(c, "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid"
                + " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '" + user + "'");
    }
}
