package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentStatus;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SubjectIds;

class MigrationsTest {
    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheLatestSchemaAndTheTrailmarkMark() throws SQLException {
        Path file = dir.resolve("new.trailmark");
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
        assertThat(pragma(file, "application_id")).isEqualTo(Migrations.APPLICATION_ID);
        assertThat(pragma(file, "user_version")).isEqualTo(Migrations.latestVersion());
    }

    @Test
    void anEmptyFileBecomesAWorkspace() throws Exception {
        Path file = Files.createFile(dir.resolve("touched.trailmark"));
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
        }
    }

    @Test
    void reopeningAnUpToDateWorkspaceChangesNothing() throws SQLException {
        Path file = dir.resolve("w.trailmark");
        Workspace.open(file).close();
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.sessions().all()).isEmpty();
        }
    }

    @Test
    void aWorkspaceFromANewerTrailmarkIsRefusedUntouched() throws Exception {
        Path file = dir.resolve("future.trailmark");
        Workspace.open(file).close();
        execute(file, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Workspace.open(file))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("newer Trailmark")
                .hasMessageContaining("please update");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void stepsAreNumberedOneUpWithoutGaps() {
        List<Integer> expected = java.util.stream.IntStream.rangeClosed(1, Migrations.latestVersion()).boxed().toList();
        assertThat(Migrations.STEPS).extracting(Migrations.Step::version).containsExactlyElementsOf(expected);
    }

    @Test
    void anUpgradeGivesEachSessionOfTheOldSharedUnknownSubjectItsOwnUnassignedSubject() throws Exception {
        Path file = dir.resolve("old.trailmark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            schemaUpTo(c, 3);
            oldSession(c, "dt-aaaa", "unknown");
            oldSession(c, "an-bbbb", "unknown");
            oldSession(c, "s-cccc", "subj-ana");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO consent_records (subject_id, purpose, granted_at, recorded_by, source,"
                        + " recorded_at) VALUES ('unknown', 'training', '2024-01-01T00:00:00Z', 'rev', 'cli',"
                        + " '2024-01-01T00:00:00Z')");
            }
        }

        try (Workspace w = Workspace.open(file)) {
            String a = w.sessions().find("dt-aaaa").orElseThrow().subject();
            String b = w.sessions().find("an-bbbb").orElseThrow().subject();
            assertThat(a).isEqualTo(SubjectIds.unassignedFor("dt-aaaa"));
            assertThat(b).isEqualTo(SubjectIds.unassignedFor("an-bbbb"));
            assertThat(a).isNotEqualTo(b);
            assertThat(w.sessions().find("s-cccc").orElseThrow().subject()).isEqualTo("subj-ana");
            assertThat(w.sessions().ofSubject("unknown")).isEmpty();
            // the grant someone made for "unknown" speaks for nobody in particular: it reaches neither
            assertThat(w.sessions().all()).filteredOn(s -> !s.subject().equals("subj-ana"))
                    .allSatisfy(s -> assertThat(s.trainingConsent()).isEqualTo(ConsentStatus.NONE));
            assertThat(w.audit().entries("dt-aaaa")).anySatisfy(e -> {
                assertThat(e.actor()).isEqualTo("migration");
                assertThat(e.detail()).isEqualTo("subject unknown -> " + a);
            });
            assertThat(w.audit().entries("s-cccc")).isEmpty();
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.sessions().find("dt-aaaa").orElseThrow().subject()).isEqualTo(SubjectIds.unassignedFor("dt-aaaa"));
            assertThat(w.audit().entries("dt-aaaa")).hasSize(1);
        }
    }

    @Test
    void anUpgradeKeepsEveryFlagAsAFlagOverItsWholeSpanAndThenStoresRegions() throws Exception {
        Path file = dir.resolve("before-regions.trailmark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            schemaUpTo(c, 5);
            oldSession(c, "s-old", "subj-ana");
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO flags (session_id, start_ms, end_ms, category, reason, source, detector,"
                        + " confidence, status) VALUES ('s-old', 100, 900, 'password', 'login', 'manual', NULL, NULL,"
                        + " 'confirmed')");
            }
        }

        try (Workspace w = Workspace.open(file)) {
            Flag old = w.flags().ofSession("s-old").get(0);
            assertThat(old.isRegion()).isFalse();
            assertThat(old).isEqualTo(new Flag(old.id(), "s-old", 100, 900, FlagCategory.PASSWORD, "login",
                    FlagSource.MANUAL, null, null, FlagStatus.CONFIRMED));
            w.flags().replace("s-old", List.of(), List.of(Flag.region("s-old", 0, 50, new ScreenRegion(10, 20, 30, 40),
                    FlagCategory.THIRD_PARTY, null)), "add flag", "ann");
        }
        try (Workspace w = Workspace.open(file)) {
            assertThat(w.flags().ofSession("s-old")).extracting(Flag::region)
                    .containsExactly(new ScreenRegion(10, 20, 30, 40), null);
        }
    }

    @Test
    void theUpgradeToStep12BackfillsAReceiptForEveryGrantAndWithdrawalAlreadyRecorded() throws Exception {
        Path file = dir.resolve("before-receipts.trailmark");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            schemaUpTo(c, 10);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO consent_records (subject_id, purpose, policy_id, policy_version, granted_at,"
                        + " withdrawn_at, recorded_by, source, recorded_at) VALUES ('subj-ana', 'training', 'p', '2',"
                        + " '2024-01-01T00:00:00Z', '2024-02-01T00:00:00Z', 'rev', 'cli', '2024-01-01T00:00:00Z'),"
                        + " ('subj-ana', 'capture', NULL, NULL, '2024-01-01T00:00:00Z', NULL, 'import', 'header',"
                        + " '2024-01-01T00:00:00Z')");
            }
        }

        try (Workspace w = Workspace.open(file)) {
            List<ConsentReceipt> receipts = w.consent().receipts("subj-ana");

            assertThat(receipts).extracting(ConsentReceipt::action).containsExactly("grant", "withdraw", "grant");
            for (ConsentReceipt r : receipts) {
                java.util.Map<String, Object> fields = ConsentReceiptTest.parse(r.document());
                assertThat(fields).containsEntry("collection_method", "backfilled");
                assertThat(ConsentReceipt.verifies(fields)).isTrue();
            }
            assertThat(ConsentReceiptTest.parse(receipts.get(1).document()))
                    .containsEntry("event_time", "2024-02-01T00:00:00Z");
        }
    }

    /** The schema an earlier Trailmark left: the steps up to {@code version} and no further. */
    private static void schemaUpTo(Connection c, int version) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Migrations.Step step : Migrations.STEPS) {
                if (step.version() <= version) {
                    for (String sql : step.statements()) {
                        s.execute(sql);
                    }
                    step.backfill().run(c);
                }
            }
            s.execute("PRAGMA user_version = " + version);
        }
    }

    private static void oldSession(Connection c, String id, String subject) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO subjects (id, first_seen) VALUES (?, ?)")) {
            ps.setString(1, subject);
            ps.setString(2, "2024-01-01T00:00:00Z");
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(SessionRows.INSERT)) {
            SessionRows.bindInsert(ps, SyntheticSessions.info(id, subject),
                    new SessionRows.Figures(0, 0, 0, Map.of(), List.of()), Instant.parse("2024-01-01T00:00:00Z"),
                    null);
            ps.executeUpdate();
        }
    }

    private static int pragma(Path file, String name) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Path file, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
