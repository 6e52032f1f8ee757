package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;

class PseudonymSecretTest {
    private static final String DOT = "\u2022";

    @TempDir
    Path dir;

    @Test
    void aNewWorkspaceHasItsOwnRandomSecretThatACopyOfTheFileKeeps() throws Exception {
        Path first = dir.resolve("a.trailmark");
        Path second = dir.resolve("b.trailmark");
        Path copy = dir.resolve("copy.trailmark");
        byte[] keyOfFirst;
        try (Workspace a = Workspace.open(first); Workspace b = Workspace.open(second)) {
            keyOfFirst = a.settings().pseudonymKey("export-pseudonyms/subjects/7");
            assertThat(keyOfFirst).hasSize(32).isEqualTo(a.settings().pseudonymKey("export-pseudonyms/subjects/7"))
                    .isNotEqualTo(a.settings().pseudonymKey("export-pseudonyms/subjects/8"))
                    .isNotEqualTo(b.settings().pseudonymKey("export-pseudonyms/subjects/7"));
            a.checkpoint();
        }
        assertThat(secret(first)).hasSize(PseudonymSecret.BYTES).isNotEqualTo(secret(second));
        Files.copy(first, copy, StandardCopyOption.COPY_ATTRIBUTES);
        try (Workspace copied = Workspace.open(copy)) {
            assertThat(copied.settings().pseudonymKey("export-pseudonyms/subjects/7")).isEqualTo(keyOfFirst);
        }
    }

    @Test
    void rotationReplacesTheSecretAndAuditsItWithoutKeyBytes() throws Exception {
        Path file = dir.resolve("w.trailmark");
        byte[] before;
        byte[] after;
        try (Workspace w = Workspace.open(file)) {
            before = w.settings().pseudonymKey("ctx");
            w.settings().rotatePseudonymSecret("curator");
            after = w.settings().pseudonymKey("ctx");
            List<AuditEntry> rotations = w.audit().entries(null).stream()
                    .filter(e -> e.action().equals(Workspace.PSEUDONYM_KEY_ROTATED)).toList();
            assertThat(rotations).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("curator");
                assertThat(e.detail()).contains("new pseudonyms");
            });
            String detail = rotations.get(0).detail();
            byte[] secretNow = secret(file);
            assertThat(detail).doesNotContain(java.util.HexFormat.of().formatHex(secretNow))
                    .doesNotContain(java.util.Base64.getEncoder().encodeToString(secretNow));
        }
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aVersion3WorkspaceGetsASecretAndItsStoredPreviewsRemasked() throws Exception {
        Path file = dir.resolve("old.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s1", "subj-ana"), SyntheticSessions.r1Like(2_000, 1), null, "t");
            w.flags().replace("s1", List.of(), List.of(
                    detector("payment_card", "4111 " + DOT.repeat(4) + " " + DOT.repeat(4) + " 1111", 100),
                    detector("email", "a" + DOT.repeat(3) + "@example.org", 200),
                    detector("aws_access_key", "AKIA" + DOT.repeat(12) + "MPLE", 300),
                    detector("github_token", "ghp_" + DOT.repeat(8), 400),
                    detector("generic_secret", "Ab" + DOT.repeat(8) + "yz", 500),
                    detector("iban", "DE" + DOT.repeat(16) + "00", 600),
                    detector("phone", DOT.repeat(8) + "42", 700),
                    detector("payment_card", "a reviewer's own words", 800)), "scan", "t");
        }
        makeVersion3(file);

        try (Workspace w = Workspace.open(file)) {
            assertThat(w.schemaVersion()).isEqualTo(Migrations.latestVersion());
            assertThat(w.flags().ofSession("s1")).extracting(Flag::reason).containsExactly(
                    DOT.repeat(4) + " " + DOT.repeat(4) + " " + DOT.repeat(4) + " 1111",
                    "a" + DOT.repeat(3) + "@" + DOT.repeat(3) + ".org",
                    DOT.repeat(16) + "MPLE",
                    DOT.repeat(8),
                    DOT.repeat(8) + "yz",
                    DOT.repeat(18) + "00",
                    DOT.repeat(8) + "42",
                    "a reviewer's own words");
            assertThat(w.audit().entries(null)).anySatisfy(e -> assertThat(e.detail()).contains("re-masked 6 stored"));
        }
        assertThat(secret(file)).hasSize(PseudonymSecret.BYTES);
    }

    private static Flag detector(String kind, String preview, int startMs) {
        return new Flag(0, "s1", startMs, startMs + 50, FlagCategory.PERSONAL_DATA, preview, FlagSource.DETECTOR, kind,
                0.9, FlagStatus.SUGGESTED);
    }

    /** What a workspace written by the previous version looks like: no secrets table, schema version 3. */
    private static void makeVersion3(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("DROP TABLE secrets");
            s.execute("PRAGMA user_version = 3");
        }
    }

    private static byte[] secret(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement ps = c.prepareStatement("SELECT value FROM secrets");
             ResultSet rs = ps.executeQuery()) {
            assertThat(rs.next()).isTrue();
            byte[] value = rs.getBytes(1);
            assertThat(rs.next()).as("one secret").isFalse();
            return value;
        }
    }
}
