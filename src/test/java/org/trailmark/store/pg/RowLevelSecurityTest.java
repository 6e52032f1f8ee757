package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.count;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;
import static org.trailmark.store.pg.PostgresSchemaTest.sessionRow;
import static org.trailmark.store.pg.PostgresSchemaTest.strings;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Access rules enforced by PostgreSQL, tried with hand-written SQL on connections of real database
 * users: what a client sends does not matter, only who connected.
 */
class RowLevelSecurityTest {
    /** Each table holding a subject's data, and the column naming whose it is. */
    private static final Map<String, String> OWNED_BY = Map.ofEntries(
            Map.entry("sessions", "id"), Map.entry("subjects", "id"), Map.entry("consent_records", "subject_id"),
            Map.entry("event_chunks", "session_id"), Map.entry("session_strings", "session_id"),
            Map.entry("tasks", "session_id"), Map.entry("flags", "session_id"), Map.entry("media", "session_id"),
            Map.entry("media_segments", "session_id"), Map.entry("media_stills", "session_id"),
            Map.entry("context_spans", "session_id"), Map.entry("capture_hosts", "session_id"),
            Map.entry("audit", "coalesce(session_id, detail)"));

    private TeamDatabase db;
    private String alice;
    private String bob;
    private String labeler;
    private String curator;

    @BeforeEach
    void workspaceWithTwoSubjects() throws SQLException {
        db = TeamDatabase.create();
        alice = db.subject("alice", "subj-alice");
        bob = db.subject("bob", "subj-bob");
        labeler = db.labeler("lena");
        curator = db.curator("carl");
        try (Connection c = db.owner()) {
            for (String[] s : new String[][] {{"sa", "subj-alice"}, {"sb", "subj-bob"}}) {
                insertSessionOf(c, s[0], s[1]);
            }
            execute(c, "INSERT INTO audit (at, actor, action, session_id) VALUES ('t', 'x', 'settings', NULL)");
            execute(c, "INSERT INTO settings (key, value) VALUES ('theme', 'dark')");
        }
    }

    @Test
    void aSubjectSeesOnlyItsOwnRowsInEveryTable() throws SQLException {
        try (Connection c = db.connect(alice)) {
            for (Map.Entry<String, String> table : OWNED_BY.entrySet()) {
                List<String> owners = strings(c, "SELECT " + table.getValue() + " FROM " + table.getKey());

                assertThat(owners).as(table.getKey()).isNotEmpty()
                        .allMatch(owner -> owner.equals("sa") || owner.equals("subj-alice")
                                || owner.equals("granted training subject=subj-alice"));
            }
            assertThat(strings(c, "SELECT key FROM settings")).containsExactlyInAnyOrder("theme", "session.sa.zoom");
            assertThat(strings(c, "SELECT detail FROM audit WHERE session_id IS NULL"))
                    .containsExactly("granted training subject=subj-alice");
            assertThat(strings(c, "SELECT db_user FROM workspace_members")).containsExactly(alice);
            assertThat(count(c, "SELECT count(*) FROM sessions s JOIN event_chunks e ON e.session_id = s.id")).isEqualTo(1);
        }
        try (Connection c = db.connect(labeler)) {
            assertThat(strings(c, "SELECT id FROM sessions")).containsExactlyInAnyOrder("sa", "sb");
            assertThat(count(c, "SELECT count(*) FROM audit")).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void aSubjectCannotWriteIntoAnotherSubjectsSession() throws SQLException {
        try (Connection c = db.connect(alice)) {
            assertThatThrownBy(() -> execute(c, flag("sb"))).hasMessageContaining("row-level security");
            assertThatThrownBy(() -> execute(c, "INSERT INTO audit (at, actor, action, session_id)"
                    + " VALUES ('t', 'alice', 'view', 'sb')")).hasMessageContaining("row-level security");
            assertThat(update(c, "UPDATE flags SET reason = 'x' WHERE session_id = 'sb'")).isZero();
            assertThat(update(c, "DELETE FROM sessions WHERE id = 'sb'")).isZero();
            assertThat(update(c, "DELETE FROM settings WHERE key = 'theme'")).isZero();

            execute(c, flag("sa"));
            execute(c, "INSERT INTO audit (at, actor, action, session_id) VALUES ('t', 'alice', 'view', 'sa')");
        }
        try (Connection c = db.owner()) {
            assertThat(count(c, "SELECT count(*) FROM flags WHERE session_id = 'sb'")).isEqualTo(1);
            assertThat(count(c, "SELECT count(*) FROM flags WHERE session_id = 'sa'")).isEqualTo(2);
            assertThat(count(c, "SELECT count(*) FROM sessions")).isEqualTo(2);
        }
    }

    @Test
    void aSubjectMayEraseItsOwnSessionButOnlyAnAdminErasesOthers() throws SQLException {
        try (Connection c = db.connect(alice)) {
            for (String table : List.of("event_chunks", "session_strings", "tasks", "flags", "media_segments",
                    "media_stills", "media", "context_spans", "capture_hosts")) {
                execute(c, "DELETE FROM " + table + " WHERE session_id = 'sa'");
            }
            assertThat(update(c, "DELETE FROM settings WHERE key LIKE 'session.sa.%'")).isEqualTo(1);
            assertThat(update(c, "DELETE FROM sessions WHERE id = 'sa'")).isEqualTo(1);
            // the tombstone of its own erasure, then the note that leads back to it
            execute(c, "INSERT INTO audit (at, actor, action, session_id, detail)"
                    + " VALUES ('t', 'alice', 'erase', 'sa', 'erased: 1 events, 1 tasks, 1 flags')");
            execute(c, "INSERT INTO audit (at, actor, action, session_id, detail)"
                    + " VALUES ('t', 'alice', 'subject_erase', NULL, 'erased subject=subj-alice sessions=1 ids=sa')");
            assertThatThrownBy(() -> execute(c, "INSERT INTO audit (at, actor, action, session_id, detail)"
                    + " VALUES ('t', 'alice', 'consent', NULL, 'withdrew training subject=subj-bob')"))
                    .hasMessageContaining("row-level security");

            // what happened to the erased session stays visible to its subject
            assertThat(strings(c, "SELECT action FROM audit WHERE session_id = 'sa'"))
                    .containsExactlyInAnyOrder("import", "erase");
        }
        for (String user : List.of(labeler, curator)) {
            try (Connection c = db.connect(user)) {
                assertThatThrownBy(() -> execute(c, "DELETE FROM sessions WHERE id = 'sb'"))
                        .as(user).hasMessageContaining("permission denied");
            }
        }
        String admin = db.admin("ada");
        try (Connection c = db.connect(admin); Statement s = c.createStatement()) {
            assertThat(update(c, "DELETE FROM sessions WHERE id = 'sb'")).isEqualTo(1);
            s.execute("VACUUM sessions, event_chunks");
            assertThat((Object) s.getWarnings()).as("an admin may vacuum the erased rows away").isNull();
        }
        try (Connection c = db.connect(labeler); Statement s = c.createStatement()) {
            s.execute("VACUUM sessions");
            assertThat(s.getWarnings().getMessage()).contains("permission denied");
        }
        try (Connection c = db.owner()) {
            assertThat(count(c, "SELECT count(*) FROM sessions")).isZero();
            assertThat(count(c, "SELECT count(*) FROM event_chunks")).isZero();
        }
    }

    @Test
    void theAuditLogIsAppendOnlyForEveryoneAndRecordsTheRealDatabaseUser() throws SQLException {
        try (Connection c = db.connect(labeler)) {
            execute(c, "INSERT INTO audit (at, actor, action, session_id, detail, db_user)"
                    + " VALUES ('t', 'somebody else', 'edit', 'sa', 'forged', 'postgres')");
            assertThatThrownBy(() -> execute(c, "UPDATE audit SET actor = 'x'")).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> execute(c, "DELETE FROM audit")).hasMessageContaining("permission denied");
        }
        try (Connection c = db.owner()) {
            assertThat(strings(c, "SELECT db_user FROM audit WHERE detail = 'forged'")).containsExactly(labeler);
            assertThatThrownBy(() -> execute(c, "DELETE FROM audit")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "UPDATE audit SET detail = NULL")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "TRUNCATE audit")).hasMessageContaining("append-only");
        }
        try (Connection c = db.superuser()) {
            assertThatThrownBy(() -> execute(c, "DELETE FROM audit")).hasMessageContaining("append-only");
        }
    }

    @Test
    void onlyACuratorOrAdminWritesExportRecordsAndReadsThePseudonymSecret() throws SQLException {
        String exportEntry = "INSERT INTO audit (at, actor, action, session_id, detail)"
                + " VALUES ('t', 'x', 'dataset_export', 'sa', 'export e1 to out')";
        for (String user : List.of(labeler, alice)) {
            try (Connection c = db.connect(user)) {
                assertThatThrownBy(() -> execute(c, exportEntry)).as(user).hasMessageContaining("row-level security");
                assertThatThrownBy(() -> strings(c, "SELECT value FROM secrets")).as(user)
                        .hasMessageContaining("permission denied");
            }
        }
        try (Connection c = db.connect(curator)) {
            execute(c, exportEntry);
            assertThat(count(c, "SELECT count(*) FROM secrets")).isEqualTo(1);
        }
    }

    @Test
    void aGroupRoleWithoutMembershipOfThisWorkspaceSeesNothing() throws SQLException {
        String stranger = db.stranger("stranger");
        try (Connection c = db.owner()) {
            execute(c, "GRANT trailmark_labeler TO " + stranger);
        }
        try (Connection c = db.connect(stranger)) {
            assertThat(count(c, "SELECT count(*) FROM sessions")).isZero();
            assertThat(count(c, "SELECT count(*) FROM audit")).isZero();
            assertThatThrownBy(() -> execute(c, flag("sa"))).hasMessageContaining("row-level security");
        }
    }

    /** Group roles are server-wide; the member row of this database decides what the rows allow. */
    @Test
    void aCuratorElsewhereWhoIsALabelerHereGetsALabelersRows() throws SQLException {
        try (Connection c = db.owner()) {
            execute(c, "GRANT trailmark_curator TO " + labeler);
        }
        try (Connection c = db.connect(labeler)) {
            assertThat(count(c, "SELECT count(*) FROM secrets")).isZero();
            assertThatThrownBy(() -> execute(c, "INSERT INTO audit (at, actor, action, session_id, detail)"
                    + " VALUES ('t', 'x', 'dataset_export', 'sa', 'export e1 to out')"))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void aSubjectUsingSetRoleToTheGroupSeesNothingMore() throws SQLException {
        try (Connection c = db.connect(alice)) {
            execute(c, "SET ROLE trailmark_subject");
            assertThat(count(c, "SELECT count(*) FROM sessions")).isZero();
        }
    }

    private void insertSessionOf(Connection c, String session, String subject) throws SQLException {
        execute(c, "INSERT INTO subjects (id, first_seen) VALUES ('" + subject + "', 't')");
        execute(c, sessionRow(session, subject));
        execute(c, "INSERT INTO event_chunks (session_id, chunk_no, t_first, t_last, event_count, codec, data)"
                + " VALUES ('" + session + "', 0, 0, 1, 1, 1, '\\x00')");
        execute(c, "INSERT INTO session_strings (session_id, codec, data) VALUES ('" + session + "', 1, '\\x00')");
        execute(c, "INSERT INTO tasks (session_id, start_ms, end_ms, instruction) VALUES ('" + session + "', 0, 1, 'i')");
        execute(c, flag(session));
        execute(c, "INSERT INTO consent_records (subject_id, purpose, granted_at, recorded_by, source, recorded_at)"
                + " VALUES ('" + subject + "', 'training', 't', 'import', 'header', 't')");
        execute(c, "INSERT INTO media (session_id, ordinal, kind, sha256, width, height, fps, frames, start_ms, end_ms,"
                + " area_x, area_y, area_width, area_height) VALUES ('" + session + "', 0, 'video', 'h', 1, 1, 1, 1,"
                + " 0, 1, 0, 0, 1, 1)");
        execute(c, "INSERT INTO media_segments (session_id, ordinal, idx, session_start_ms, media_start_ms, duration_ms)"
                + " VALUES ('" + session + "', 0, 0, 0, 0, 1)");
        execute(c, "INSERT INTO media_stills (session_id, ordinal, idx, at_ms, sha256, width, height)"
                + " VALUES ('" + session + "', 1, 0, 0, 'h', 1, 1)");
        execute(c, "INSERT INTO context_spans (session_id, kind, start_ms, end_ms) VALUES ('" + session + "', 'afk', 0, 1)");
        execute(c, "INSERT INTO capture_hosts (session_id, host) VALUES ('" + session + "', 'host')");
        execute(c, "INSERT INTO audit (at, actor, action, session_id) VALUES ('t', 'x', 'import', '" + session + "')");
        execute(c, "INSERT INTO settings (key, value) VALUES ('session." + session + ".zoom', '1')");
        execute(c, "INSERT INTO audit (at, actor, action, session_id, detail) VALUES ('t', 'x', 'consent', NULL,"
                + " 'granted training subject=" + subject + "')");
    }

    private static String flag(String session) {
        return "INSERT INTO flags (session_id, start_ms, end_ms, category, source, status)"
                + " VALUES ('" + session + "', 0, 1, 'private', 'subject', 'confirmed')";
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }
}
