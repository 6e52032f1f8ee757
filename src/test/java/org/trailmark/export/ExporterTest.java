package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.store.FileModes;
import org.trailmark.store.Workspace;

class ExporterTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private ExportOptions seeded() {
        return ExportOptions.defaults("test").withSeed(42);
    }

    @Test
    void plantedValuesSurviveInNoWrittenFile() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            result = new Exporter(ws, seeded()).run(dir.resolve("out"));
        }
        assertThat(result.problems()).isEmpty();
        String all = allText(dir.resolve("out"));
        assertThat(all).doesNotContain(ExportFixtures.FLAGGED_TYPING, ExportFixtures.PASSWORD, ExportFixtures.EMAIL,
                ExportFixtures.FLAGGED_TITLE, "alice");
        assertThat(all).contains("quarterly figures", "redacted");
        JsonNode record = MAPPER.readTree(Files.readAllLines(dir.resolve("out/data/" + splitOf(result) + ".jsonl")).get(0));
        assertThat(record.path("instruction").asText()).isEqualTo("Write the quarterly mail");
        assertThat(record.path("screen").path("width").asInt()).isEqualTo(1920);
        assertThat(record.path("actions").findValuesAsText("type")).contains("click", "type", "redacted", "scroll");
        JsonNode click = record.path("actions").get(0);
        assertThat(click.path("nx").asDouble()).isEqualTo(100 / 1920.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThatNoWaitOverlapsARedactedStretch(record.path("actions"));
        assertThat(result.redactions()).containsKeys("finding.email", "finding.password", "key_events_dropped");
        long redactedActions = record.path("actions").findValuesAsText("type").stream()
                .filter("redacted"::equals).count();
        assertThat(result.redactions().get("actions_redacted")).isEqualTo((int) redactedActions).isPositive();
    }

    @Test
    void theDatasetFolderIsOwnerOnlyUntilItsCuratorSharesIt() throws IOException {
        assumeTrue(FileModes.posix(dir), "POSIX modes");
        Path target = dir.resolve("datasets").resolve("march");
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            assertThat(new Exporter(ws, seeded()).run(target).problems()).isEmpty();
        }
        assertThat(FileModes.mode(target)).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
        assertThat(FileModes.mode(target.getParent())).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
    }

    @Test
    void sameWorkspaceOptionsAndSeedGiveByteIdenticalFiles() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            for (int i = 0; i < 4; i++) {
                ExportFixtures.addApprovedSession(ws, "s" + i, "subject-" + i);
            }
            new Exporter(ws, seeded()).run(dir.resolve("a"));
            new Exporter(ws, seeded()).run(dir.resolve("b"));
        }
        Map<String, String> a = contents(dir.resolve("a"));
        assertThat(a).containsKeys("data/train.jsonl", "manifest.json", "README.md", "redaction_report.json");
        assertThat(contents(dir.resolve("b"))).isEqualTo(a);
    }

    @Test
    void noSubjectAppearsInTwoSplits() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            for (int i = 0; i < 10; i++) {
                ExportFixtures.addApprovedSession(ws, "s" + i + "a", "subject-" + i);
                ExportFixtures.addApprovedSession(ws, "s" + i + "b", "subject-" + i);
            }
            result = new Exporter(ws, seeded()).run(dir.resolve("out"));
        }
        Map<String, String> splitOfSubject = new HashMap<>();
        for (String split : Exporter.SPLITS) {
            for (String line : Files.readAllLines(dir.resolve("out/data/" + split + ".jsonl"))) {
                String subject = MAPPER.readTree(line).path("subject").asText();
                assertThat(splitOfSubject.put(subject, split)).isIn(null, split);
            }
        }
        assertThat(splitOfSubject).hasSize(10);
        assertThat(result.records()).containsEntry("train", 16).containsEntry("validation", 2).containsEntry("test", 2);
    }

    @Test
    void withdrawnOrMissingConsentExcludesEverySessionEvenWithIncludeUnreviewed() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "keep", "ana");
            ExportFixtures.addApprovedSession(ws, "gone", "ben");
            ws.consent().withdraw("ben", ConsentPurpose.TRAINING, "tester", "cli");
            ExportFixtures.addSession(ws, "never", "chloe");
            ExportFixtures.addSession(ws, "unreviewed", "ana");
            result = new Exporter(ws, seeded().withIncludeUnreviewed(true)).run(dir.resolve("out"));
        }
        assertThat(result.selection().included()).extracting(c -> c.session().id())
                .containsExactly("keep", "unreviewed");
        assertThat(result.selection().excluded()).containsEntry(ExclusionReason.CONSENT_WITHDRAWN, 1)
                .containsEntry(ExclusionReason.NO_TRAINING_CONSENT, 1);
        JsonNode manifest = MAPPER.readTree(dir.resolve("out/manifest.json").toFile());
        assertThat(manifest.path("include_unreviewed").asBoolean()).isTrue();
        assertThat(manifest.path("excluded").path("consent_withdrawn").asInt()).isEqualTo(1);
        assertThat(allText(dir.resolve("out"))).doesNotContain("\"gone\"", "\"never\"");
    }

    @Test
    void unapprovedSessionsStayOutByDefault() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "keep", "ana");
            ExportFixtures.addSession(ws, "draft", "ana");
            ExportResult result = new Exporter(ws, seeded()).run(dir.resolve("out"));
            assertThat(result.selection().excluded()).containsEntry(ExclusionReason.NOT_APPROVED, 1);
            assertThat(result.selection().included()).hasSize(1);
        }
    }

    @Test
    void filtersOnlyTakeAwayAndAreCountedAsFilteredOut() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "a1", "ana");
            ExportFixtures.addApprovedSession(ws, "b1", "ben");
            ExportFixtures.addSession(ws, "c1", "chloe");
            ExportFilter onlyAnaAndChloe = new ExportFilter(Set.of("ana", "chloe"), null, null, Set.of(),
                    Set.of("success"), Set.of());
            ExportResult result = new Exporter(ws, seeded().withFilter(onlyAnaAndChloe)).run(dir.resolve("out"));
            assertThat(result.selection().included()).extracting(c -> c.session().id()).containsExactly("a1");
            assertThat(result.selection().excluded()).containsEntry(ExclusionReason.FILTERED_OUT, 1)
                    .containsEntry(ExclusionReason.NO_TRAINING_CONSENT, 1);

            ExportFilter failuresOnly = new ExportFilter(Set.of(), null, null, Set.of(), Set.of("failure"), Set.of());
            ExportResult none = new Exporter(ws, seeded().withFilter(failuresOnly)).run(dir.resolve("out2"));
            assertThat(none.records().values()).containsOnly(0);
            assertThat(none.selection().included()).hasSize(2);
        }
    }

    @Test
    void writtenManifestMatchesTheFilesAndDetectsTampering() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            new Exporter(ws, seeded()).run(dir.resolve("out"));
        }
        assertThat(ExportVerifier.checkManifest(dir.resolve("out"))).isEmpty();
        Files.writeString(dir.resolve("out/data/test.jsonl"), "{}\n");
        assertThat(ExportVerifier.checkManifest(dir.resolve("out")))
                .anySatisfy(p -> assertThat(p).startsWith("data/test.jsonl: checksum"));
    }

    private static void assertThatNoWaitOverlapsARedactedStretch(JsonNode actions) {
        for (JsonNode wait : actions) {
            for (JsonNode redacted : actions) {
                if (wait.path("type").asText().equals("wait") && redacted.path("type").asText().equals("redacted")) {
                    int ws = wait.path("t").asInt();
                    int rs = redacted.path("t").asInt();
                    boolean overlap = ws < rs + redacted.path("duration").asInt() && rs < ws + wait.path("duration").asInt();
                    assertThat(overlap).as("wait at %d overlaps redacted at %d", ws, rs).isFalse();
                }
            }
        }
    }

    private static String splitOf(ExportResult result) {
        return result.records().entrySet().stream().filter(e -> e.getValue() > 0).findFirst().orElseThrow().getKey();
    }

    private static String allText(Path root) throws IOException {
        StringBuilder s = new StringBuilder();
        contents(root).values().forEach(s::append);
        return s.toString();
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file);
    }
}
