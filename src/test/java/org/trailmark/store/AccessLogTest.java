package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.SessionAccess;

/** The access log on both backends: batched, coalesced, written on flush, close and erasure, append-only. */
class AccessLogTest {
    private static final String BOTH = "org.trailmark.store.Backend#both";

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource(BOTH)
    void nViewsWaitInMemoryAndAreWrittenAsOneRowWithTheirCount(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            for (int i = 0; i < 25; i++) {
                w.access().record("s-1", AccessAction.REPLAY, AccessPurpose.REVIEW);
            }
            assertThat(w.access().ofSession("s-1")).isEmpty();
            assertThat(w.access().pending()).isEqualTo(1);

            w.access().flush();

            List<SessionAccess> rows = w.access().ofSession("s-1");
            assertThat(rows).singleElement().satisfies(r -> {
                assertThat(r.count()).isEqualTo(25);
                assertThat(r.subject()).isEqualTo("ana");
                assertThat(r.user()).isEqualTo(w.currentUser().name());
                assertThat(r.role()).isEqualTo(backend == Backend.SQLITE ? SessionAccess.DESKTOP_USER : "admin");
                assertThat(r.action()).isEqualTo(AccessAction.REPLAY);
                assertThat(r.purpose()).isEqualTo(AccessPurpose.REVIEW);
            });
            assertThat(w.access().ofSubject("ana")).isEqualTo(rows);
            assertThat(w.access().pending()).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource(BOTH)
    void anErasureWritesTheWaitingAccessesFirstAndTheSubjectStillSeesThemAfterwards(Backend backend) {
        try (Workspace w = backend.open(dir)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            w.access().record("s-1", AccessAction.OPEN, AccessPurpose.REVIEW);

            w.erasure().erase(List.of("s-1"), "ana");

            assertThat(w.sessions().contains("s-1")).isFalse();
            assertThat(w.access().ofSubject("ana")).extracting(SessionAccess::sessionId).containsExactly("s-1");
        }
    }

    @Test
    void aCopyIntoATeamWorkspaceKeepsWhoLookedAndVerifies() {
        try (Workspace file = Backend.SQLITE.open(dir); Workspace team = Backend.POSTGRESQL.open(dir.resolve("team"))) {
            file.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            file.currentUser().actAs("vera");
            file.access().record("s-1", AccessAction.OPEN, AccessPurpose.REVIEW);
            file.access().flush();

            WorkspaceCopy.Report report = WorkspaceCopy.copy(file, team);

            assertThat(report.tables().get("session_access").rows()).isEqualTo(1);
            assertThat(team.access().ofSubject("ana")).extracting(SessionAccess::user).containsExactly("vera");
            assertThat(team.consent().receipts("ana")).isEqualTo(file.consent().receipts("ana"));
        }
    }

    @Test
    void closingTheWorkspaceWritesWhatWaits() {
        Path file = dir.resolve("close.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            w.access().record("s-1", AccessAction.LABEL, AccessPurpose.REVIEW);
            w.access().record("s-1", AccessAction.EXPORT, AccessPurpose.EXPORT);
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.access().ofSession("s-1")).extracting(SessionAccess::action)
                    .containsExactlyInAnyOrder(AccessAction.LABEL, AccessAction.EXPORT);
        }
    }

    @Test
    void aWriteThatFailsLosesNothingAndTheNextOneWritesIt() throws SQLException {
        Path file = dir.resolve("fail.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            w.access().record("s-1", AccessAction.REVEAL, AccessPurpose.REVIEW);
            w.access().record("s-1", AccessAction.REVEAL, AccessPurpose.REVIEW);
            execute(file, "ALTER TABLE session_access RENAME TO session_access_away");

            assertThatThrownBy(() -> w.access().flush()).isInstanceOf(RuntimeException.class);
            assertThat(w.access().pending()).isEqualTo(1);

            execute(file, "ALTER TABLE session_access_away RENAME TO session_access");
            w.access().flush();
            assertThat(w.access().ofSession("s-1")).singleElement()
                    .satisfies(r -> assertThat(r.count()).isEqualTo(2));
        }
    }

    @Test
    void theAccessLogIsAppendOnly() throws SQLException {
        Path file = dir.resolve("append.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-1", "ana"), SyntheticSessions.r1Like(30, 1), "x", "test");
            w.access().record("s-1", AccessAction.OPEN, AccessPurpose.REVIEW);
        }
        assertThatThrownBy(() -> execute(file, "UPDATE session_access SET count = 9"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> execute(file, "DELETE FROM session_access")).hasMessageContaining("append-only");
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
