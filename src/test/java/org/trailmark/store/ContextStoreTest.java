package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;

/** Schema step 8: context spans per session and the host each session was captured on. */
class ContextStoreTest {
    private static final String HOST = "host-1a2b3c4d";
    private static final List<ContextSpan> SPANS = List.of(
            new ContextSpan(ContextKind.WINDOW, 0, 500, "Safari", "Inbox – ana@example.com", "", "aw.json"),
            new ContextSpan(ContextKind.AFK, 600, 900, "", "", "", "aw.json"),
            new ContextSpan(ContextKind.WEB, 100, 200, "", "Bank", "https://bank.example/login", "aw.json"));

    @TempDir
    Path dir;

    @Test
    void aSessionImportedUnderAHostSubjectRemembersItsHostAndTakesSpansOnce() {
        try (Workspace w = Workspace.open(dir.resolve("w.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s1", HOST), SyntheticSessions.r1Like(50, 1), "x", "test");
            w.sessions().add(SyntheticSessions.info("s2", "subj-ana"), SyntheticSessions.r1Like(50, 2), "x", "test");

            Map<ContextKind, Integer> first = w.context().add("s1", SPANS, "aw.json", "ann");
            Map<ContextKind, Integer> second = w.context().add("s1", SPANS, "aw.json", "ann");

            assertThat(w.context().captureHosts()).containsExactly(Map.entry("s1", HOST));
            assertThat(first).containsOnly(Map.entry(ContextKind.WINDOW, 1), Map.entry(ContextKind.AFK, 1),
                    Map.entry(ContextKind.WEB, 1));
            assertThat(second).isEmpty();
            assertThat(w.context().ofSession("s1")).containsExactly(SPANS.get(0), SPANS.get(2), SPANS.get(1));
            assertThat(w.context().ofSession("s2")).isEmpty();
            assertThat(w.audit().entries("s1")).filteredOn(e -> e.action().equals(AuditActions.IMPORT_CONTEXT))
                    .singleElement().satisfies(e -> assertThat(e.detail())
                            .isEqualTo("file=aw.json window=1 afk=1 web=1")
                            .doesNotContain("Inbox").doesNotContain("bank"));
        }
    }

    @Test
    void aSpanALaterExportShowsLongerIsLengthenedNotDoubled() {
        try (Workspace w = Workspace.open(dir.resolve("w.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s1", HOST), SyntheticSessions.r1Like(50, 1), "x", "test");
            w.context().add("s1", List.of(SPANS.get(0)), "aw-monday.json", "ann");

            Map<ContextKind, Integer> grown = w.context().add("s1", List.of(new ContextSpan(ContextKind.WINDOW, 0, 800,
                    "Safari", "Inbox – ana@example.com", "", "aw-tuesday.json")), "aw-tuesday.json", "ann");
            Map<ContextKind, Integer> shorter = w.context().add("s1", List.of(SPANS.get(0)), "aw-monday.json", "ann");

            assertThat(grown).containsOnly(Map.entry(ContextKind.WINDOW, 1));
            assertThat(shorter).isEmpty();
            assertThat(w.context().ofSession("s1")).singleElement().satisfies(s -> {
                assertThat(s.endMs()).isEqualTo(800);
                assertThat(s.source()).isEqualTo("aw-tuesday.json");
            });
        }
    }

    @Test
    void erasureRemovesTheContextAndTheCaptureHost() throws SQLException {
        Path file = dir.resolve("w.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s1", HOST), SyntheticSessions.r1Like(50, 1), "x", "test");
            w.context().add("s1", SPANS, "aw.json", "ann");

            w.erasure().erase(List.of("s1"), "ann");

            assertThat(w.context().ofSession("s1")).isEmpty();
            assertThat(w.context().captureHosts()).isEmpty();
        }
        assertThat(count(file, "SELECT count(*) FROM context_spans")).isZero();
        assertThat(count(file, "SELECT count(*) FROM capture_hosts")).isZero();
    }

    @Test
    void stepEightBackfillsHostsFromHostSubjectsAndFromTheFirstReassignment() throws SQLException {
        Path file = dir.resolve("before-context.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("on-host", HOST), SyntheticSessions.r1Like(20, 1), "x", "test");
            w.sessions().add(SyntheticSessions.info("moved", "host-99998888"), SyntheticSessions.r1Like(20, 2), "x",
                    "test");
            w.sessions().add(SyntheticSessions.info("person", "subj-ben"), SyntheticSessions.r1Like(20, 3), "x", "test");
            w.subjects().assign("moved", "subj-ana", true, "ann");
            w.subjects().assign("moved", "subj-ben", true, "ann");
        }
        rewindToStepSeven(file);

        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.context().captureHosts()).containsOnly(Map.entry("on-host", HOST), Map.entry("moved", "host-99998888"));
        }
    }

    @Test
    void stepEightRunsAgainWithoutLosingOrDoublingAnything() throws SQLException {
        Path file = dir.resolve("w.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s1", HOST), SyntheticSessions.r1Like(20, 1), "x", "test");
            w.context().add("s1", SPANS, "aw.json", "ann");
        }
        execute(file, "PRAGMA user_version = 7");

        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.context().ofSession("s1")).hasSize(3);
            assertThat(w.context().captureHosts()).containsExactly(Map.entry("s1", HOST));
            assertThat(w.context().add("s1", SPANS, "aw.json", "ann")).isEmpty();
        }
    }

    /** As a Trailmark before step 8 left the file: no context tables, version 7. */
    private static void rewindToStepSeven(Path file) throws SQLException {
        execute(file, "DROP TABLE context_spans", "DROP TABLE capture_hosts", "PRAGMA user_version = 7");
    }

    private static void execute(Path file, String... sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    private static long count(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : -1;
        }
    }
}
