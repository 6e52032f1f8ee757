package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.cli.Cli;
import org.trailmark.store.Workspace;

/** What a dataset's receiver, who has no workspace, can check with verify-export. */
class VerifyWithoutWorkspaceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path out;
    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    @BeforeEach
    void export() {
        out = dir.resolve("dataset");
        try (Workspace ws = Workspace.open(dir.resolve("w.trailmark"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addApprovedSession(ws, "s2", "bob");
            ExportOptions options = ExportOptions.defaults("test").withSeed(3)
                    .withFormats(EnumSet.of(ExportFormat.TRAJECTORIES, ExportFormat.EVENTS, ExportFormat.KEYSTROKES));
            assertThat(new Exporter(ws, new ExportOptions(new double[] {1, 0, 0}, options.seed(), false, "test",
                    ExportFilter.NONE, options.formats(), false)).run(out).verified()).isTrue();
        }
    }

    private int verify(String... extra) {
        String[] args = new String[extra.length + 2];
        args[0] = "verify-export";
        args[1] = out.toString();
        System.arraycopy(extra, 0, args, 2, extra.length);
        return Cli.run(args, new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    }

    @Test
    void anUntouchedDatasetPassesAndTheCommandSaysWhatItCouldNotCheck() {
        assertThat(verify()).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("Verification passed for everything the dataset itself can show",
                "Not checked without the workspace", "flagged or private value");
        assertThat(ExportVerifier.verifyWithoutWorkspace(out)).isEmpty();
    }

    @Test
    void everyCombinationOfFormatsAndReviewChoiceTheExporterWritesPasses() {
        try (Workspace ws = Workspace.open(dir.resolve("combinations.trailmark"))) {
            ExportFixtures.addApprovedSession(ws, "a1", "ana");
            ExportFixtures.addSession(ws, "b1", "ben");
            int n = 0;
            for (int mask = 1; mask < 8; mask++) {
                EnumSet<ExportFormat> formats = EnumSet.noneOf(ExportFormat.class);
                for (ExportFormat f : ExportFormat.values()) {
                    if ((mask & (1 << f.ordinal())) != 0) {
                        formats.add(f);
                    }
                }
                for (boolean unreviewed : new boolean[] {false, true}) {
                    Path target = dir.resolve("combination-" + n++);
                    new Exporter(ws, ExportOptions.defaults("test").withSeed(5).withFormats(formats)
                            .withIncludeUnreviewed(unreviewed)).run(target);
                    assertThat(ExportVerifier.verifyWithoutWorkspace(target)).as(formats + " " + unreviewed).isEmpty();
                }
            }
            Path empty = dir.resolve("nobody");
            new Exporter(ws, ExportOptions.defaults("test").withFilter(new ExportFilter(java.util.Set.of("nobody"), null, null,
                    java.util.Set.of(), java.util.Set.of(), java.util.Set.of()))).run(empty);
            assertThat(ExportVerifier.verifyWithoutWorkspace(empty)).isEmpty();
        }
    }

    @Test
    void withTheWorkspaceItAlsoLooksForFlaggedValuesAndSaysNothingIsLeftUnchecked() {
        assertThat(verify("--workspace", dir.resolve("w.trailmark").toString())).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("no flagged value appears").doesNotContain("Not checked");
    }

    @Test
    void aFileNotInTheManifestIsAProblem() throws IOException {
        Files.writeString(out.resolve("data/extra.jsonl"), "{}\n");
        assertThat(verify()).isEqualTo(1);
        assertThat(stderr.toString()).contains("data/extra.jsonl: not listed in the manifest");
        assertThat(stdout.toString()).contains("Not checked without the workspace");
        assertThat(verify("--workspace", dir.resolve("w.trailmark").toString())).isEqualTo(1);
    }

    @Test
    void aMissingOrChangedFileIsAProblem() throws IOException {
        Files.delete(out.resolve("data/keystrokes/train.tsv"));
        Files.writeString(out.resolve("redaction_report.json"), "{}\n");
        assertThat(ExportVerifier.verifyWithoutWorkspace(out)).contains(
                "data/keystrokes/train.tsv: listed in the manifest but missing",
                "redaction_report.json: checksum differs from the manifest");
    }

    @Test
    void recordsRemovedWithTheChecksumsRecomputedStillDisagreeWithTheCard() throws IOException {
        Path train = out.resolve("data/train.jsonl");
        List<String> lines = Files.readAllLines(train);
        assertThat(lines).hasSizeGreaterThan(1);
        Files.write(train, lines.subList(0, 1));
        reseal();
        assertThat(ExportVerifier.checkManifest(out)).isEmpty();
        assertThat(ExportVerifier.verifyWithoutWorkspace(out))
                .containsExactly("README.md: the train record count differs from the manifest");
    }

    @Test
    void aCardThatContradictsTheManifestIsAProblem() throws IOException {
        Path card = out.resolve(Exporter.CARD);
        Files.writeString(card, Files.readString(card).replace("only sessions a reviewer approved.", "anything.")
                .replace("(policy 1)", "(policy 2)").replace("path: data/keystrokes/train.tsv",
                        "path: data/keystrokes/all.tsv"));
        reseal();
        assertThat(ExportVerifier.verifyWithoutWorkspace(out)).containsExactlyInAnyOrder(
                "README.md: what it says about review differs from the manifest's include_unreviewed",
                "README.md: the redaction policy differs from the manifest",
                "README.md: its configs name data/keystrokes/all.tsv, which the manifest does not list",
                "data/keystrokes/train.tsv: not named by any config of README.md");
    }

    @Test
    void aChecksumChangedWithoutTheExportIdIsAProblem() throws IOException {
        ObjectNode manifest = (ObjectNode) MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile());
        Files.writeString(out.resolve("redaction_report.json"), "{}\n");
        ((ObjectNode) manifest.path("files").path("redaction_report.json")).put("sha256",
                ExportVerifier.sha256("{}\n".getBytes()));
        MAPPER.writeValue(out.resolve(Exporter.MANIFEST).toFile(), manifest);
        assertThat(ExportVerifier.verifyWithoutWorkspace(out))
                .containsExactly("manifest.json: export_id does not match the files' checksums");
    }

    @Test
    void aSessionWhoseEventStreamWentMissingIsAProblemEvenWithTheManifestResealed() throws IOException {
        JsonNode manifest = MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile());
        String session = manifest.path("sessions").get(0).path("session_id").asText();
        Files.delete(out.resolve("data/events/train/" + session + ".jsonl"));
        reseal();
        assertThat(ExportVerifier.verifyWithoutWorkspace(out))
                .containsExactly("manifest.json: session " + session + " has no event stream in its split");
    }

    @Test
    void aBrokenManifestIsAProblemNotACrash() throws IOException {
        Files.writeString(out.resolve(Exporter.MANIFEST), "{ not json");
        assertThat(verify()).isEqualTo(1);
        assertThat(stderr.toString()).contains("manifest.json is not a manifest");
        Files.delete(out.resolve(Exporter.MANIFEST));
        assertThat(ExportVerifier.verifyWithoutWorkspace(out)).containsExactly("manifest.json is missing");
    }

    /** What someone who changed files would do to hide it: list exactly the files there are, with new checksums. */
    private void reseal() throws IOException {
        ObjectNode manifest = (ObjectNode) MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile());
        ObjectNode files = MAPPER.createObjectNode();
        Map<String, JsonNode> entries = new TreeMap<>();
        for (Path f : ExportVerifier.files(out)) {
            String name = out.relativize(f).toString().replace('\\', '/');
            if (name.equals(Exporter.MANIFEST)) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(f);
            ObjectNode entry = MAPPER.createObjectNode();
            entry.put("sha256", ExportVerifier.sha256(bytes));
            if (name.endsWith(".jsonl")) {
                entry.put("records", ExportVerifier.lines(bytes));
            } else if (name.endsWith(".tsv")) {
                entry.put("records", ExportVerifier.lines(bytes) - 1);
            }
            files.set(name, entry);
            entries.put(name, entry);
        }
        manifest.set("files", files);
        manifest.put("export_id", Exporter.exportId(entries));
        MAPPER.writeValue(out.resolve(Exporter.MANIFEST).toFile(), manifest);
    }
}
