package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.count;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;
import static org.trailmark.store.pg.PostgresSchemaTest.sessionRow;
import static org.trailmark.store.pg.PostgresSchemaTest.strings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.LegalHold;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceException;

/**
 * Who may see, place, release and delete legal holds, and change retention rules, enforced by
 * PostgreSQL on connections of real database users (schema step 11, decision 0023).
 */
class GovernanceRowSecurityTest {
    private static final String HOLD = "INSERT INTO legal_holds (session_id, subject_id, reason, placed_by, placed_at)"
            + " VALUES ";

    @TempDir
    Path dir;

    private TeamDatabase db;
    private String alice;
    private String bob;
    private String labeler;
    private String curator;
    private String admin;

    @BeforeEach
    void workspaceWithHoldsOnASessionAndOnASubject() throws SQLException {
        db = TeamDatabase.create();
        alice = db.subject("alice", "subj-alice");
        bob = db.subject("bob", "subj-bob");
        labeler = db.labeler("lena");
        curator = db.curator("carl");
        admin = db.admin("ada");
        try (Connection c = db.owner()) {
            for (String[] s : new String[][] {{"sa", "subj-alice"}, {"sa2", "subj-alice"}, {"sb", "subj-bob"}}) {
                execute(c, "INSERT INTO subjects (id, first_seen) VALUES ('" + s[1] + "', 't') ON CONFLICT DO NOTHING");
                execute(c, sessionRow(s[0], s[1]));
            }
            execute(c, HOLD + "('sa', NULL, 'matter 14', 'carl', '2026-01-01T00:00:00Z')");
            execute(c, HOLD + "(NULL, 'subj-bob', 'matter 15', 'carl', '2026-01-01T00:00:00Z')");
        }
    }

    @Test
    void aSubjectSeesTheHoldsOnItsOwnSessionsAndSubjectWithTheirReasonAndNoOthers() throws SQLException {
        try (Connection c = db.connect(alice)) {
            assertThat(strings(c, "SELECT coalesce(session_id, subject_id) || ':' || reason FROM legal_holds"))
                    .containsExactly("sa:matter 14");
        }
        try (Connection c = db.connect(bob)) {
            assertThat(strings(c, "SELECT coalesce(session_id, subject_id) FROM legal_holds"))
                    .containsExactly("subj-bob");
        }
        try (Connection c = db.connect(labeler)) {
            assertThat(count(c, "SELECT count(*) FROM legal_holds")).isEqualTo(2);
        }
    }

    @Test
    void onlyACuratorOrAnAdminPlacesAHold() throws SQLException {
        for (String user : List.of(alice, labeler)) {
            try (Connection c = db.connect(user)) {
                assertThatThrownBy(() -> execute(c, HOLD + "('sa', NULL, 'mine', 'x', 't')")).as(user)
                        .hasMessageContaining("permission denied");
            }
        }
        for (String user : List.of(curator, admin)) {
            try (Connection c = db.connect(user)) {
                execute(c, HOLD + "('sa2', NULL, 'by " + user + "', 'x', 't')");
            }
        }
        try (Connection c = db.owner()) {
            assertThat(count(c, "SELECT count(*) FROM legal_holds WHERE session_id = 'sa2'")).isEqualTo(2);
        }
    }

    @Test
    void onlyAnAdminReleasesAHoldAndOnlyItsReleaseChanges() throws SQLException {
        for (String user : List.of(alice, labeler, curator)) {
            try (Connection c = db.connect(user)) {
                assertThatThrownBy(() -> execute(c, "UPDATE legal_holds SET released_by = 'x', released_at = 't'"))
                        .as(user).hasMessageContaining("permission denied");
            }
        }
        try (Connection c = db.connect(admin)) {
            assertThatThrownBy(() -> execute(c, "UPDATE legal_holds SET reason = 'other'"))
                    .hasMessageContaining("permission denied");
            assertThat(update(c, "UPDATE legal_holds SET released_by = 'ada', released_at = 't'"
                    + " WHERE session_id = 'sa'")).isEqualTo(1);
            assertThatThrownBy(() -> execute(c, "UPDATE legal_holds SET released_by = 'other', released_at = 'u'"
                    + " WHERE session_id = 'sa'")).hasMessageContaining("can only be released, once");
        }
    }

    @Test
    void nobodyDeletesAHoldNotEvenTheOwner() throws SQLException {
        for (String user : List.of(alice, labeler, curator, admin)) {
            try (Connection c = db.connect(user)) {
                assertThatThrownBy(() -> execute(c, "DELETE FROM legal_holds")).as(user)
                        .hasMessageContaining("permission denied");
            }
        }
        try (Connection c = db.owner()) {
            // the owner holds every privilege, but row-level security (forced) lets no row be deleted
            assertThat(update(c, "DELETE FROM legal_holds")).isZero();
            assertThatThrownBy(() -> execute(c, "TRUNCATE legal_holds")).hasMessageContaining("kept as history");
            assertThat(count(c, "SELECT count(*) FROM legal_holds")).isEqualTo(2);
        }
    }

    @Test
    void everyoneReadsTheRetentionRulesButOnlyAnAdminChangesThem() throws SQLException {
        try (Connection c = db.connect(admin)) {
            execute(c, "INSERT INTO retention_rules (purpose, days, set_by, set_at) VALUES ('review', 90, 'ada', 't')");
        }
        for (String user : List.of(alice, labeler, curator)) {
            try (Connection c = db.connect(user)) {
                assertThat(strings(c, "SELECT purpose FROM retention_rules")).as(user).containsExactly("review");
                assertThatThrownBy(() -> execute(c, "UPDATE retention_rules SET days = 1")).as(user)
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> execute(c, "DELETE FROM retention_rules")).as(user)
                        .hasMessageContaining("permission denied");
            }
        }
    }

    @Test
    void theRepositoriesRefuseInWordsWhatTheServerWouldDeny() {
        try (Workspace w = db.open(curator, dir.resolve("media"))) {
            LegalHold hold = w.holds().placeOnSubject("subj-alice", "matter 16", curator);
            assertThat(w.holds().openOn("sa2")).containsExactly(hold);
            assertThatThrownBy(() -> w.holds().release(hold.id(), curator)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("only an admin may release a legal hold").hasMessageContaining("a curator");
            assertThatThrownBy(() -> w.retention().set("review", 30, false, curator))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("only an admin may set retention");
            assertThat(w.retention().mayChange()).isFalse();
        }
        try (Workspace w = db.open(labeler, dir.resolve("media"))) {
            assertThatThrownBy(() -> w.holds().placeOnSession("sa", "x", labeler)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("only an admin or a curator may place a legal hold");
        }
        try (Workspace w = db.open(alice, dir.resolve("media"))) {
            assertThat(w.holds().all()).extracting(LegalHold::reason).containsExactly("matter 14", "matter 16");
            assertThat(w.holds().openOn("sa2")).extracting(LegalHold::reason).containsExactly("matter 16");
        }
        try (Workspace w = db.open(admin, dir.resolve("media"))) {
            long id = w.holds().open().get(0).id();
            assertThat(w.holds().release(id, admin).isOpen()).isFalse();
            assertThat(w.retention().mayChange()).isTrue();
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
