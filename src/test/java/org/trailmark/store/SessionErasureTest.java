package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.Task;

/** Erasure against real workspace files: rows gone, bytes gone, tombstone left, the rest intact. */
class SessionErasureTest {
    private static final String TYPED = "quokka-marmalade-4471";
    private static final String INSTRUCTION = "Reconcile the zanzibar-ledger for Ophelia";
    private static final String TITLE = "Private diary of Bartholomew";
    private static final String FLAG_REASON = "Bartholomew's pin";

    @TempDir
    Path dir;

    @Test
    void erasedSessionLeavesNoBytesInTheFileOrItsLogAndTheOtherSessionStaysIntact() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        SessionLog kept = SyntheticSessions.r1Like(20_000, 7);
        List<byte[]> capturedBlobs;
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-secret", "subj-a"), secretLog(), null, "test");
            w.sessions().add(SyntheticSessions.info("s-kept", "subj-b"), kept, null, "test");
            Task task = w.review().replaceTasks("s-secret", List.of(),
                    List.of(Task.draft("s-secret", 0, 900, INSTRUCTION, null, null)), "add task", "ann").get(0);
            w.flags().replace("s-secret", List.of(),
                    List.of(Flag.manual("s-secret", 100, 400, FlagCategory.PERSONAL_DATA, FLAG_REASON)), "add flag",
                    "ann");
            w.review().replaceTasks("s-kept", List.of(), List.of(Task.draft("s-kept", 0, 500, "Kept task", null, null)),
                    "add task", "ann");
            w.checkpoint();
            assertThat(contains(Files.readAllBytes(file), utf8(INSTRUCTION)))
                    .as("the search finds plainly stored text in the main file").isTrue();
            // An edit after the checkpoint leaves a copy of the task's page in the write-ahead log.
            w.review().replaceTasks("s-secret", List.of(task), List.of(task.withSpan(0, 950)), "move task edges", "ann");
            assertThat(contains(Files.readAllBytes(wal(file)), utf8(INSTRUCTION)))
                    .as("the search finds it in the write-ahead log too").isTrue();

            capturedBlobs = storedBlobs(file, "s-secret");
            assertThat(capturedBlobs.size()).as("two event chunks and the strings").isEqualTo(3);
            byte[] everything = allBytes(file);
            for (byte[] blob : capturedBlobs) {
                assertThat(contains(everything, blob)).as("each stored blob is found before erasing").isTrue();
            }

            ErasureResult result = w.erasure().erase(List.of("s-secret"), "curator");

            assertThat(result.erasedSessionIds()).containsExactly("s-secret");
            assertThat(result.events()).isEqualTo(secretLog().size());
            assertThat(result.tasks()).isEqualTo(1);
            assertThat(result.flags()).isEqualTo(1);
            assertThat(result.fileBytesAfter()).isLessThan(result.fileBytesBefore());
            assertThat(w.sessions().contains("s-secret")).isFalse();
            assertThat(w.review().tasks("s-secret")).isEmpty();
            assertThat(w.flags().ofSession("s-secret")).isEmpty();
        }

        byte[] everything = allBytes(file);
        for (String secret : List.of(TYPED, INSTRUCTION, TITLE, FLAG_REASON)) {
            assertThat(contains(everything, utf8(secret))).as("UTF-8 text of the erased session").isFalse();
            assertThat(contains(everything, secret.getBytes(StandardCharsets.UTF_16LE)))
                    .as("UTF-16LE text of the erased session").isFalse();
        }
        for (byte[] blob : capturedBlobs) {
            assertThat(contains(everything, blob)).as("a stored blob of the erased session").isFalse();
        }

        try (Workspace w = Workspace.open(file)) {
            assertThat(w.integrityCheck()).isEqualTo("ok");
            assertSameEvents(w.sessions().loadLog("s-kept"), kept);
            assertThat(w.review().tasks("s-kept")).extracting(Task::instruction).containsExactly("Kept task");
            List<AuditEntry> tombstones = w.audit().entries("s-secret").stream()
                    .filter(e -> e.action().equals(ErasureResult.AUDIT_ACTION)).toList();
            assertThat(tombstones).singleElement().satisfies(e -> {
                assertThat(e.actor()).isEqualTo("curator");
                assertThat(e.detail()).isEqualTo("erased: " + secretLog().size() + " events, 1 tasks, 1 flags");
            });
            assertThat(w.audit().entries("s-secret")).extracting(AuditEntry::action).contains("import", "edit", "erase");
            for (AuditEntry e : w.audit().entries(null)) {
                for (String secret : List.of(TYPED, INSTRUCTION, TITLE, FLAG_REASON)) {
                    assertThat(e.detail() == null ? "" : e.detail()).doesNotContain(secret);
                }
            }
        }
    }

    @Test
    void unknownIdErasesNothingAndNamesTheId() {
        try (Workspace w = Workspace.open(dir.resolve("ws.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(500, 1), null, "test");

            assertThatThrownBy(() -> w.erasure().erase(List.of("s-1", "s-missing"), "curator"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("s-missing");

            assertThat(w.sessions().contains("s-1")).isTrue();
            assertThat(w.sessions().loadLog("s-1").size()).isEqualTo(500);
            assertThat(w.audit().entries(null)).noneMatch(e -> e.action().equals(ErasureResult.AUDIT_ACTION));
        }
    }

    @Test
    void erasingEverySessionOfOneSubjectLeavesTheOthersAndKeepsTheConsentRecords() {
        try (Workspace w = Workspace.open(dir.resolve("ws.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("a-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("b-1", "subj-b"), SyntheticSessions.r1Like(300, 2), null, "test");
            w.sessions().add(SyntheticSessions.info("a-2", "subj-a"), SyntheticSessions.r1Like(300, 3), null, "test");
            List<ConsentRecord> consentBefore = w.consent().records("subj-a");
            List<String> ids = w.sessions().ofSubject("subj-a").stream().map(SessionSummary::id).toList();

            ErasureResult result = w.erasure().erase(ids, "curator");

            assertThat(result.erasedSessionIds()).containsExactlyInAnyOrder("a-1", "a-2");
            assertThat(w.sessions().all()).extracting(SessionSummary::id).containsExactly("b-1");
            assertThat(w.consent().records("subj-a")).isEqualTo(consentBefore).isNotEmpty();
            assertThat(w.audit().entries(null)).filteredOn(e -> e.action().equals(ErasureResult.AUDIT_ACTION))
                    .extracting(AuditEntry::sessionId).containsExactlyInAnyOrder("a-1", "a-2");
        }
    }

    @Test
    void perSessionSettingsGoWithTheSessionAndWorkspaceSettingsStay() {
        try (Workspace w = Workspace.open(dir.resolve("ws.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("s-10", "subj-a"), SyntheticSessions.r1Like(300, 2), null, "test");
            w.settings().put(SessionErasure.settingPrefix("s-1") + "playhead", "1200", "ann");
            w.settings().put(SessionErasure.settingPrefix("s-10") + "playhead", "300", "ann");
            w.settings().put("review.reviewer", "ann", "ann");

            w.erasure().erase(List.of("s-1"), "curator");

            assertThat(w.settings().get(SessionErasure.settingPrefix("s-1") + "playhead")).isEmpty();
            assertThat(w.settings().get(SessionErasure.settingPrefix("s-10") + "playhead")).contains("300");
            assertThat(w.settings().get("review.reviewer")).contains("ann");
        }
    }

    @Test
    void earlierExportsAreListedWithTheirIds() {
        try (Workspace w = Workspace.open(dir.resolve("ws.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("s-2", "subj-b"), SyntheticSessions.r1Like(300, 2), null, "test");
            w.audit().append("exporter", DatasetExports.AUDIT_ACTION, "s-1", DatasetExports.detail("exp-01", "ds-march"));
            w.audit().append("exporter", DatasetExports.AUDIT_ACTION, "s-2", DatasetExports.detail("exp-01", "ds-march"));
            w.audit().append("exporter", DatasetExports.AUDIT_ACTION, "s-1", DatasetExports.detail("exp-02", "ds-april"));

            ErasureResult result = w.erasure().erase(List.of("s-1"), "curator");

            assertThat(result.earlierExports()).extracting(DatasetExports.DatasetExport::exportId)
                    .containsExactly("exp-01", "exp-02");
            assertThat(result.earlierExports()).extracting(DatasetExports.DatasetExport::sessionId)
                    .containsOnly("s-1");
            assertThat(DatasetExports.containing(w.audit(), List.of("s-1"))).hasSize(2);
        }
    }

    @Test
    void aReadOnlyWorkspaceRefusesToErase() {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(file)) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
        }
        try (Workspace r = Workspace.openReadOnly(file)) {
            assertThatThrownBy(() -> r.erasure().erase(List.of("s-1"), "curator"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("read-only");
            assertThat(r.sessions().contains("s-1")).isTrue();
        }
    }

    @Test
    void anotherProgramsOpenReadStopsTheWipeButTheRowsAreErasedAndWipeFreeSpaceFinishesLater() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(file, 200)) {
            w.sessions().add(SyntheticSessions.info("s-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("s-2", "subj-a"), SyntheticSessions.r1Like(300, 2), null, "test");
            try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file);
                 java.sql.Statement s = reader.createStatement()) {
                s.execute("BEGIN");
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM sessions")) {
                    assertThat(rs.next()).isTrue();
                }

                assertThatThrownBy(() -> w.erasure().erase(List.of("s-1"), "curator"))
                        .isInstanceOf(WorkspaceException.class)
                        .hasMessageContaining("s-1 were erased").hasMessageContaining("--wipe-free-space");
                s.execute("COMMIT");
            }
            assertThat(w.sessions().contains("s-1")).isFalse();
            assertThat(w.audit().entries("s-1")).extracting(AuditEntry::action).contains(ErasureResult.AUDIT_ACTION);

            w.erasure().wipeFreeSpace();

            assertThat(Files.size(wal(file))).isZero();
            assertThat(w.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void theReviewQueueSkipsSessionsWhoseSubjectWithdrewTraining() {
        try (Workspace w = Workspace.open(dir.resolve("ws.trailmark"))) {
            w.sessions().add(SyntheticSessions.info("a-1", "subj-a"), SyntheticSessions.r1Like(300, 1), null, "test");
            w.sessions().add(SyntheticSessions.info("b-1", "subj-b"), SyntheticSessions.r1Like(300, 2), null, "test");
            assertThat(w.review().nextSession()).map(SessionSummary::id).contains("a-1");

            w.consent().withdraw("subj-a", ConsentPurpose.TRAINING, "subj-a", ConsentRecord.CLI);

            assertThat(w.review().nextSession()).map(SessionSummary::id).contains("b-1");
            w.consent().withdraw("subj-b", ConsentPurpose.TRAINING, "subj-b", ConsentRecord.CLI);
            assertThat(w.review().nextSession()).isEmpty();
        }
    }

    /** Pointer moves, a focused window with a private title, and the distinctive text typed key by key. */
    private static SessionLog secretLog() {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Notes", TITLE);
        int t = 10;
        for (int i = 0; i < 70_000; i++) {
            b.pointerMove(t, 100 + (i * 7) % 900, 200 + (i * 13) % 600);
            t += 8;
        }
        for (char ch : TYPED.toCharArray()) {
            String code = Character.isLetter(ch) ? "Key" + Character.toUpperCase(ch) : "Unidentified";
            b.key(t, true, code, String.valueOf(ch));
            b.key(t + 40, false, code, null);
            t += 120;
        }
        // A text expander delivers the whole string as the text of one key event.
        b.key(t, true, "KeyV", TYPED);
        b.key(t + 30, false, "KeyV", null);
        return b.build();
    }

    private static List<byte[]> storedBlobs(Path file, String sessionId) throws SQLException {
        List<byte[]> blobs = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String sql : List.of("SELECT data FROM event_chunks WHERE session_id = ?",
                    "SELECT data FROM session_strings WHERE session_id = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, sessionId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            blobs.add(rs.getBytes(1));
                        }
                    }
                }
            }
        }
        return blobs;
    }

    private static void assertSameEvents(SessionLog actual, SessionLog expected) {
        assertThat(actual.size()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            if (actual.time(i) != expected.time(i) || actual.kindCode(i) != expected.kindCode(i)
                    || actual.x(i) != expected.x(i) || actual.y(i) != expected.y(i)
                    || actual.a(i) != expected.a(i) || actual.b(i) != expected.b(i)) {
                throw new AssertionError("event " + i + " of the kept session changed");
            }
        }
        assertThat(actual.strings()).isEqualTo(expected.strings());
    }

    /** The main file, the write-ahead log and the shared-memory index, whichever exist. */
    private static byte[] allBytes(Path file) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path p : List.of(file, wal(file), file.resolveSibling(file.getFileName() + "-shm"))) {
            if (Files.exists(p)) {
                all.write(Files.readAllBytes(p));
                all.write(new byte[64]); // no match across the seam of two files
            }
        }
        return all.toByteArray();
    }

    private static Path wal(Path file) {
        return file.resolveSibling(file.getFileName() + "-wal");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
