package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.trailmark.store.LogAssertions.assertSameEvents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trailmark.model.ConsentReference;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

class WorkspaceTest {
    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void openWorkspace() {
        workspace = Workspace.open(dir.resolve("w.trailmark"));
    }

    @AfterEach
    void closeWorkspace() {
        workspace.close();
    }

    @Test
    void everyKindOfEventLoadsBackExactly() {
        SessionLog log = everyKind();
        assertThat(workspace.sessions().add(info("s1", "alice"), log, "/captures/s1.jsonl", "tester"))
                .isEqualTo(AddOutcome.ADDED);

        assertSameEvents(workspace.sessions().loadLog("s1"), log);
    }

    @Test
    void emptyLogLoadsBackEmpty() {
        SessionLog empty = new SessionLogBuilder().build();
        workspace.sessions().add(info("empty", "alice"), empty, null, "tester");

        assertThat(workspace.sessions().loadLog("empty").size()).isZero();
        assertThat(workspace.sessions().find("empty").orElseThrow().durationMs()).isZero();
    }

    @Test
    void singleEventLoadsBack() {
        SessionLog one = new SessionLogBuilder().marker(42, "start").build();
        workspace.sessions().add(info("one", "alice"), one, null, "tester");

        assertSameEvents(workspace.sessions().loadLog("one"), one);
    }

    @ParameterizedTest
    @ValueSource(ints = {Workspace.CHUNK_EVENTS - 1, Workspace.CHUNK_EVENTS, Workspace.CHUNK_EVENTS + 1,
            2 * Workspace.CHUNK_EVENTS + 1})
    void logsAroundChunkBoundariesLoadBackExactly(int events) throws SQLException {
        SessionLog log = SyntheticSessions.r1Like(events, events);
        workspace.sessions().add(info("b", "alice"), log, null, "tester");

        assertSameEvents(workspace.sessions().loadLog("b"), log);
        int expectedChunks = (events + Workspace.CHUNK_EVENTS - 1) / Workspace.CHUNK_EVENTS;
        assertThat(queryLong("SELECT count(*) FROM event_chunks WHERE session_id = 'b'")).isEqualTo(expectedChunks);
    }

    @Test
    void addingTheSameIdAgainWritesNothing() {
        SessionLog log = everyKind();
        workspace.sessions().add(info("s1", "alice"), log, null, "tester");
        int auditBefore = workspace.audit().entries(null).size();

        AddOutcome again = workspace.sessions().add(info("s1", "bob"), SyntheticSessions.r1Like(100, 1), null, "tester");

        assertThat(again).isEqualTo(AddOutcome.ALREADY_PRESENT);
        assertThat(workspace.audit().entries(null)).hasSize(auditBefore);
        assertThat(workspace.sessions().find("s1").orElseThrow().subject()).isEqualTo("alice");
        assertSameEvents(workspace.sessions().loadLog("s1"), log);
    }

    @Test
    void summaryCarriesHeaderCountsAppsAndDuration() {
        SessionLog log = everyKind();
        SessionInfo info = info("s1", "alice");
        workspace.sessions().add(info, log, "/captures/s1.jsonl", "tester");

        SessionSummary summary = workspace.sessions().find("s1").orElseThrow();

        assertThat(summary.info()).isEqualTo(info);
        assertThat(summary.events()).isEqualTo(log.size());
        assertThat(summary.durationMs()).isEqualTo(log.durationMs());
        assertThat(summary.counts()).isEqualTo(log.countsByKind());
        assertThat(summary.count(EventKind.KEY_DOWN)).isEqualTo(2);
        assertThat(summary.apps()).containsExactly("Terminal", "Firefox");
        assertThat(summary.status()).isEqualTo(ReviewStatus.NEW);
        assertThat(summary.sourcePath()).isEqualTo("/captures/s1.jsonl");
        assertThat(summary.importedAt()).isNotNull();
    }

    @Test
    void headerWithoutConsentOrToolRoundTrips() {
        SessionInfo bare = new SessionInfo("bare", "bob", "ducktrack",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC), List.of(), null, null, null, "Open a tab");
        workspace.sessions().add(bare, new SessionLogBuilder().pause(0).build(), null, "tester");

        assertThat(workspace.sessions().find("bare").orElseThrow().info()).isEqualTo(bare);
    }

    @Test
    void sessionsAreListedOldestStartFirstAndBySubject() {
        OffsetDateTime base = OffsetDateTime.of(2025, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
        // 10:00+02:00 is 08:00Z: earlier than 09:00Z although its text sorts later.
        workspace.sessions().add(info("late", "alice", base.minusHours(3)), everyKind(), null, "t");
        workspace.sessions().add(info("early", "bob", base.withHour(10).withOffsetSameLocal(ZoneOffset.ofHours(2))),
                everyKind(), null, "t");

        assertThat(workspace.sessions().all()).extracting(SessionSummary::id).containsExactly("early", "late");
        assertThat(workspace.sessions().ofSubject("alice")).extracting(SessionSummary::id).containsExactly("late");
        assertThat(workspace.sessions().ofSubject("nobody")).isEmpty();
        assertThat(workspace.sessions().contains("early")).isTrue();
        assertThat(workspace.sessions().contains("missing")).isFalse();
        assertThat(workspace.sessions().find("missing")).isEmpty();
    }

    @Test
    void importIsAuditedWithFiguresOnly() {
        workspace.sessions().add(info("s1", "alice"), everyKind(), null, "tester");

        List<AuditEntry> entries = workspace.audit().entries("s1");

        assertThat(entries).hasSize(1);
        AuditEntry entry = entries.get(0);
        assertThat(entry.action()).isEqualTo("import");
        assertThat(entry.actor()).isEqualTo("tester");
        assertThat(entry.detail()).isEqualTo("events=" + everyKind().size() + " format=native");
        assertThat(entry.detail()).doesNotContain("hunter2", "Terminal");
    }

    @Test
    void auditEntriesComeBackOldestFirst() {
        workspace.audit().append("alice", "status", "s1", "status=reviewed");
        workspace.audit().append("bob", "export", null, "sessions=3");

        assertThat(workspace.audit().entries(null)).extracting(AuditEntry::action).containsExactly("status", "export");
        assertThat(workspace.audit().entries("s1")).extracting(AuditEntry::actor).containsExactly("alice");
    }

    @Test
    void auditLogRefusesUpdateAndDelete() throws SQLException {
        workspace.audit().append("alice", "status", "s1", "status=reviewed");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file().orElseThrow());
             Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit SET actor = 'mallory'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(workspace.audit().entries(null)).extracting(AuditEntry::actor).containsExactly("alice");
    }

    @Test
    void loadingAnUnknownSessionSaysSo() {
        assertThatThrownBy(() -> workspace.sessions().loadLog("nope"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("no session nope");
    }

    @Test
    void sessionsSurviveClosingAndReopening() {
        SessionLog log = SyntheticSessions.r1Like(5_000, 7);
        workspace.sessions().add(info("s1", "alice"), log, null, "tester");
        workspace.close();

        workspace = Workspace.open(dir.resolve("w.trailmark"));

        assertSameEvents(workspace.sessions().loadLog("s1"), log);
        assertThat(workspace.integrityCheck()).isEqualTo("ok");
    }

    @Test
    void damagedChunkIsReportedWithoutItsBytes() throws SQLException {
        workspace.sessions().add(info("s1", "alice"), SyntheticSessions.r1Like(1_000, 3), null, "tester");
        execute("UPDATE event_chunks SET data = substr(data, 1, length(data) / 2) WHERE session_id = 's1'");

        assertThatThrownBy(() -> workspace.sessions().loadLog("s1"))
                .isInstanceOf(WorkspaceException.class).hasMessageEndingWith("session s1 in workspace "
                        + workspace.file().orElseThrow() + " is damaged");
    }

    @Test
    void aSessionRowThatDoesNotParseIsReportedAsDamage() throws SQLException {
        workspace.sessions().add(info("s1", "alice"), everyKind(), null, "tester");
        execute("UPDATE sessions SET start_time = 'yesterday' WHERE id = 's1'");

        assertThatThrownBy(() -> workspace.sessions().all())
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("session s1 in workspace")
                .hasMessageEndingWith("is damaged");
    }

    @Test
    void missingChunkIsReportedAsDamage() throws SQLException {
        workspace.sessions().add(info("s1", "alice"), SyntheticSessions.r1Like(Workspace.CHUNK_EVENTS + 10, 3), null, "t");
        execute("DELETE FROM event_chunks WHERE session_id = 's1' AND chunk_no = 1");

        assertThatThrownBy(() -> workspace.sessions().loadLog("s1"))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is damaged");
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedAndLeftUntouched() throws Exception {
        Path notes = dir.resolve("notes.txt");
        byte[] content = "my shopping list\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(notes, content);

        assertThatThrownBy(() -> Workspace.open(notes))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("workspace " + notes + " is not a Trailmark workspace");
        assertThat(Files.readAllBytes(notes)).isEqualTo(content);
        assertThat(dir.resolve("notes.txt-wal")).doesNotExist();
    }

    @Test
    void anotherProgramsSqliteDatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes (name TEXT)");
        }
        byte[] before = Files.readAllBytes(other);

        assertThatThrownBy(() -> Workspace.open(other))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is not a Trailmark workspace");
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void aFolderIsRefused() {
        assertThatThrownBy(() -> Workspace.open(dir))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("is a folder");
    }

    @Test
    void missingParentFoldersAreCreated() {
        Path nested = dir.resolve("a").resolve("b").resolve("w.trailmark");
        try (Workspace w = Workspace.open(nested)) {
            assertThat(w.sessions().all()).isEmpty();
        }
        assertThat(nested).exists();
    }

    @Test
    void closedWorkspaceRefusesWork() {
        workspace.close();

        assertThatThrownBy(() -> workspace.sessions().all()).isInstanceOf(IllegalStateException.class);
    }

    private long queryLong(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file().orElseThrow());
             Statement s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspace.file().orElseThrow());
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    static SessionInfo info(String id, String subject) {
        return info(id, subject, OffsetDateTime.of(2025, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(1)));
    }

    static SessionInfo info(String id, String subject, OffsetDateTime start) {
        return new SessionInfo(id, subject, "native", start,
                List.of(new Screen(0, 0, 0, 2560, 1440, 2.0), new Screen(1, -1920, 0, 1920, 1080, 1.25)),
                "trailmark-capture", "0.3.1",
                new ConsentReference("acme-capture", "2", List.of("training", "evaluation"),
                        OffsetDateTime.of(2025, 3, 1, 8, 0, 0, 0, ZoneOffset.ofHours(1))),
                "Book a flight\nto Oslo");
    }

    /** Every event kind, strings including text a key produced and a password-field label. */
    static SessionLog everyKind() {
        return new SessionLogBuilder()
                .focus(0, "Terminal", "ssh prod")
                .field(0, FieldRole.PASSWORD, "Password")
                .key(10, true, "KeyH", "h")
                .key(15, false, "KeyH", null)
                .key(20, true, "Enter", "hunter2")
                .key(25, false, "Enter", null)
                .pointerMove(30, -5, 2000)
                .pointerMove(38, Integer.MAX_VALUE, Integer.MIN_VALUE)
                .button(40, true, PointerButton.RIGHT, 10, 20)
                .button(40, false, PointerButton.RIGHT, 10, 20)
                .wheel(50, 10, 20, -3, 120)
                .pause(60)
                .resume(900)
                .focus(901, "Firefox", "Inbox")
                .marker(1000, "checkpoint ✓")
                .build();
    }
}
