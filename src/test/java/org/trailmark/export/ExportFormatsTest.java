package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.Workspace;

class ExportFormatsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private static ExportOptions allFormats() {
        return ExportOptions.defaults("test").withSeed(42).withFormats(EnumSet.allOf(ExportFormat.class))
                .withPyautogui(true);
    }

    @Test
    void everyFormatIsWrittenChecksummedAndFreeOfPlantedValues() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            result = new Exporter(ws, allFormats()).run(dir.resolve("out"));
        }
        assertThat(result.problems()).isEmpty();
        Map<String, String> files = contents(dir.resolve("out"));
        assertThat(files.keySet()).anyMatch(f -> f.startsWith("data/events/") && f.endsWith(".jsonl"))
                .contains("data/keystrokes/train.tsv", "data/train.jsonl");
        String all = String.join("\n", files.values());
        assertThat(all).doesNotContain(ExportFixtures.FLAGGED_TYPING, ExportFixtures.PASSWORD, ExportFixtures.EMAIL,
                ExportFixtures.FLAGGED_TITLE, "alice");
        String events = files.entrySet().stream().filter(e -> e.getKey().startsWith("data/events/"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(events).doesNotContain("\"s1\"").contains("\"key_down\"", Redactor.REDACTED_TITLE);
        assertThat(all).contains("quarterly figures", "pyautogui.click(", "pyautogui.write(");
        assertThat(ExportVerifier.checkManifest(dir.resolve("out"))).isEmpty();
        JsonNode manifest = MAPPER.readTree(files.get("manifest.json"));
        assertThat(manifest.path("format").asText()).isEqualTo("trajectories,events,keystrokes");
        assertThat(manifest.path("files").fieldNames()).toIterable()
                .anyMatch(f -> f.startsWith("data/events/")).contains("data/keystrokes/test.tsv");
    }

    @Test
    void allFormatsAreByteIdenticalWithTheSameSeed() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            for (int i = 0; i < 3; i++) {
                ExportFixtures.addApprovedSession(ws, "s" + i, "subject-" + i);
            }
            new Exporter(ws, allFormats()).run(dir.resolve("a"));
            new Exporter(ws, allFormats()).run(dir.resolve("b"));
        }
        Map<String, String> a = contents(dir.resolve("a"));
        assertThat(a.keySet()).anyMatch(f -> f.startsWith("data/events/"));
        assertThat(contents(dir.resolve("b"))).isEqualTo(a);
    }

    @Test
    void keystrokeTableHasNoRowInsideAMaskedSpan() throws IOException {
        List<int[]> masked;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            masked = Redactor.redact(ws.sessions().loadLog("s1"), ws.flags().ofSession("s1")).masked();
            new Exporter(ws, allFormats().withFormats(EnumSet.of(ExportFormat.KEYSTROKES))).run(dir.resolve("out"));
        }
        assertThat(masked).isNotEmpty();
        assertThat(Files.exists(dir.resolve("out/data/train.jsonl"))).isFalse();
        int rows = 0;
        for (String split : Exporter.SPLITS) {
            List<String> lines = Files.readAllLines(dir.resolve("out/data/keystrokes/" + split + ".tsv"));
            assertThat(lines.get(0)).isEqualTo(KeystrokeTable.HEADER.strip());
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split("\t", -1);
                int press = Integer.parseInt(cells[3]);
                int release = Integer.parseInt(cells[4]);
                assertThat(Integer.parseInt(cells[5])).isEqualTo(release - press);
                for (int[] span : masked) {
                    assertThat(release < span[0] || press >= span[1]).as("row outside masked spans").isTrue();
                }
                rows++;
            }
        }
        assertThat(rows).isPositive();
    }

    @Test
    void verifierFindsAValueSpelledByConsecutiveKeyEventsInAnEventStream() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out/data/events/train"));
        StringBuilder s = new StringBuilder("{\"format\":\"x\"}\n");
        int t = 0;
        for (char c : "zebracorn77".toCharArray()) {
            s.append("{\"t\":").append(t++).append(",\"type\":\"key_down\",\"code\":\"K\",\"text\":\"").append(c)
                    .append("\"}\n{\"t\":").append(t++).append(",\"type\":\"key_up\",\"code\":\"K\"}\n");
        }
        Files.writeString(out.resolve("e.jsonl"), s);
        assertThat(ExportVerifier.findLeaks(dir.resolve("out"), java.util.Set.of("zebracorn77")))
                .containsExactly("data/events/train/e.jsonl: a flagged value is spelled by consecutive key actions");
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return out;
    }
}
