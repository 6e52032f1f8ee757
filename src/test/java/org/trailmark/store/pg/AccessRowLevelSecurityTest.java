package org.trailmark.store.pg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.pg.PostgresSchemaTest.execute;
import static org.trailmark.store.pg.PostgresSchemaTest.strings;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.SessionAccess;
import org.trailmark.store.SyntheticSessions;
import org.trailmark.store.Workspace;

/**
 * On a team workspace the server itself keeps the access log and the consent receipts: a subject reads
 * only the rows about its own sessions and receipts, nobody changes a row, and who looked is the
 * database user whatever a client writes.
 */
class AccessRowLevelSecurityTest {
    @TempDir
    Path dir;

    private TeamDatabase db;
    private String alice;
    private String lena;

    @BeforeEach
    void twoSubjectsWhoseSessionsWereLookedAt() throws SQLException {
        db = TeamDatabase.create();
        alice = db.subject("alice", "subj-alice");
        db.subject("bob", "subj-bob");
        lena = db.labeler("lena");
        try (Workspace w = db.open(PostgresTestServer.OWNER, dir.resolve("owner"))) {
            w.sessions().add(SyntheticSessions.info("sa", "subj-alice"), SyntheticSessions.r1Like(20, 1), "x", "t");
            w.sessions().add(SyntheticSessions.info("sb", "subj-bob"), SyntheticSessions.r1Like(20, 2), "x", "t");
            w.consent().withdraw("subj-bob", ConsentPurpose.TRAINING, "it", ConsentRecord.CLI);
            w.access().record("sa", AccessAction.OPEN, AccessPurpose.REVIEW);
            w.access().record("sb", AccessAction.OPEN, AccessPurpose.REVIEW);
        }
        try (Workspace w = db.open(lena, dir.resolve("lena"))) {
            w.access().record("sb", AccessAction.LABEL, AccessPurpose.REVIEW);
        }
    }

    @Test
    void aSubjectReadsOnlyTheAccessRowsAndReceiptsAboutItself() throws SQLException {
        try (Workspace w = db.open(alice, dir.resolve("alice"))) {
            assertThat(w.access().ofSubject("subj-alice")).extracting(SessionAccess::sessionId).containsExactly("sa");
            assertThat(w.access().ofSubject("subj-bob")).isEmpty();
            assertThat(w.access().ofSession("sb")).isEmpty();
            assertThat(w.consent().receipts("subj-alice")).isNotEmpty();
            assertThat(w.consent().receipts("subj-bob")).isEmpty();
        }
        try (Connection c = db.connect(alice)) {
            assertThat(strings(c, "SELECT subject_id FROM session_access")).containsOnly("subj-alice");
            assertThat(strings(c, "SELECT subject_id FROM consent_receipts")).containsOnly("subj-alice");
        }
        try (Connection c = db.connect(lena)) {
            assertThat(strings(c, "SELECT subject_id FROM session_access")).contains("subj-alice", "subj-bob");
        }
    }

    @Test
    void aSubjectsOwnLooksAreRecordedButItCannotWriteRowsAboutAnotherSubject() throws SQLException {
        try (Workspace w = db.open(alice, dir.resolve("alice"))) {
            w.access().record("sa", AccessAction.REPLAY, AccessPurpose.SUBJECT_SELF_ACCESS);
            w.access().flush();
            assertThat(w.access().ofSubject("subj-alice")).extracting(SessionAccess::role).contains("subject");
        }
        try (Connection c = db.connect(alice)) {
            assertThatThrownBy(() -> execute(c, "INSERT INTO session_access (session_id, subject_id, user_name, role,"
                    + " purpose, action, first_at, last_at, count) VALUES ('sb', 'subj-bob', 'x', 'subject', 'review',"
                    + " 'open', 't', 't', 1)")).hasMessageContaining("row-level security");
        }
    }

    @Test
    void rowsAreAppendOnlyAndNameTheDatabaseUserWhateverTheClientWrites() throws SQLException {
        try (Connection c = db.connect(lena)) {
            execute(c, "INSERT INTO session_access (session_id, subject_id, user_name, role, purpose, action, first_at,"
                    + " last_at, count) VALUES ('sa', 'subj-alice', 'somebody-else', 'labeler', 'review', 'open',"
                    + " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 1)");
            assertThat(strings(c, "SELECT user_name FROM session_access WHERE first_at = '2026-01-01T00:00:00Z'"))
                    .containsExactly(lena);
        }
        try (Connection c = db.owner()) {
            assertThatThrownBy(() -> execute(c, "UPDATE session_access SET count = 5"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "DELETE FROM session_access")).hasMessageContaining("append-only");
            assertThatThrownBy(() -> execute(c, "DELETE FROM consent_receipts")).hasMessageContaining("never changed");
        }
    }
}
