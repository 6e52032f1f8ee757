package org.trailmark.io.rrweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** The file layouts rrweb users save, sniffing, and damage. */
class RrwebFilesTest {
    private static final long T0 = RrwebImporterTest.T0;

    private final RrwebImporter importer = new RrwebImporter();

    @TempDir
    Path dir;

    private static RrwebEvents session() {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Page");
        for (int i = 1; i <= 10; i++) {
            r.moves(T0 + 500L * i, 10 * i, 10 * i, -100, 10 * i + 5, 10 * i + 5, 0);
        }
        r.fullClick(T0 + 6_000, 5, 60, 60);
        return r;
    }

    private static int moves(SessionLog log) {
        return log.countsByKind().getOrDefault(EventKind.POINTER_MOVE, 0L).intValue();
    }

    @Test
    void anArrayTheEventsWrapperJsonLinesAndGzipAllReadTheSame() throws IOException {
        RrwebEvents r = session();
        List<Path> files = List.of(
                RrwebEvents.write(dir.resolve("array.json"), r.array()),
                RrwebEvents.write(dir.resolve("wrapper.json"), r.wrapper()),
                RrwebEvents.write(dir.resolve("lines.jsonl"), r.lines()),
                RrwebEvents.writeGzip(dir.resolve("array.json.gz"), r.array()),
                RrwebEvents.writeGzip(dir.resolve("lines.jsonl.gz"), r.lines()),
                RrwebEvents.write(dir.resolve("pretty.json"), r.array().replace(",{\"type\"", ",\n  {\"type\"")));

        for (Path file : files) {
            assertThat(importer.accepts(file)).as(file.toString()).isTrue();
            ReadResult result = importer.read(file, ImportOptions.defaults());
            assertThat(result.problems()).as(file.toString()).noneMatch(p -> !p.isNote()
                    && !p.reason().contains("name no person"));
            SessionLog log = result.sessions().get(0).log();
            assertThat(moves(log)).as(file.toString()).isEqualTo(20);
            assertThat(log.countsByKind().get(EventKind.BUTTON_DOWN)).isEqualTo(1);
        }
    }

    @Test
    void onlyRrwebIsAcceptedNotTheNativeFormatNorOtherJson() throws IOException {
        Path nativeHeader = RrwebEvents.write(dir.resolve("native.jsonl"),
                "{\"format\":\"trailmark-session\",\"version\":\"1.0\"}\n{\"t\":0,\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n");
        Path duckTrack = RrwebEvents.write(dir.resolve("events.jsonl"),
                "{\"time_stamp\": 1.5, \"action\": \"move\", \"x\": 1, \"y\": 2}\n");
        Path planted = RrwebEvents.write(dir.resolve("planted.json"),
                "[{\"session\":\"a\",\"kind\":\"email\",\"value\":\"x@example.com\",\"start_ms\":1}]");
        Path typeOnly = RrwebEvents.write(dir.resolve("other.json"), "[{\"type\":3,\"name\":\"x\"}]");
        Path wrongName = RrwebEvents.write(dir.resolve("rec.txt"), session().array());
        Path notGzip = RrwebEvents.write(dir.resolve("rec.json.gz"), session().array());

        for (Path p : List.of(nativeHeader, duckTrack, planted, typeOnly, wrongName, notGzip, dir)) {
            assertThat(importer.accepts(p)).as(p.toString()).isFalse();
        }
    }

    @Test
    void aLargeFirstSnapshotIsStillRecognisedFromTheFirstFewKilobytes() throws IOException {
        RrwebEvents r = new RrwebEvents();
        var big = r.element("div", "class", "x".repeat(100_000));
        r.snapshot(T0, 1, "Big", big).meta(T0, "https://example.org/", 800, 600).moves(T0 + 10, 1, 1, 0);

        Path file = RrwebEvents.write(dir.resolve("big.json"), r.array());

        assertThat(importer.accepts(file)).isTrue();
        assertThat(importer.read(file, ImportOptions.defaults()).sessions()).hasSize(1);
    }

    @Test
    void sniffingPicksRrwebBeforeTheNativeImporterAndAFolderImportReadsRrwebFiles() throws IOException {
        Path file = RrwebEvents.write(dir.resolve("rec.json"), session().array());
        RrwebEvents.write(dir.resolve("planted.json"), "[{\"session\":\"a\"}]");

        assertThat(Importers.forPath(file)).map(SessionImporter::formatName).contains("rrweb");
        List<String> names = Importers.all().stream().map(SessionImporter::formatName).toList();
        assertThat(names.indexOf("rrweb")).isGreaterThan(names.indexOf("ducktrack")).isLessThan(names.indexOf("native"));

        ReadResult folder = Importers.read(dir, ImportOptions.defaults());
        assertThat(folder.sessions()).extracting(s -> s.info().sourceFormat()).containsExactly("rrweb");
        assertThat(folder.problems()).noneMatch(p -> p.file().endsWith("planted.json"));
    }

    @Test
    void anArrayCutOffMidEventKeepsTheEventsBeforeIt() throws IOException {
        String whole = session().array();
        Path file = RrwebEvents.write(dir.resolve("cut.json"), whole.substring(0, whole.indexOf("{\"type\":3,\"data\":{\"source\":1", whole.indexOf("\"timestamp\":" + (T0 + 3_000))) + 20));

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).hasSize(1);
        assertThat(moves(result.sessions().get(0).log())).isEqualTo(12);
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("cut off").contains("inside event 9");
        });
    }

    @Test
    void aDamagedByteInASingleLineArrayCostsTheEventItHitNotTheRest() throws IOException {
        String whole = session().array();
        // The positions of the event after the one at 2.5 s (its timestamp comes last): event 8.
        int hit = whole.indexOf("\"positions\"", whole.indexOf("\"timestamp\":" + (T0 + 2_500)));
        Path file = RrwebEvents.write(dir.resolve("flipped.json"), whole.substring(0, hit) + "\u0001" + whole.substring(hit + 1));

        ReadResult result = importer.read(file, ImportOptions.defaults());

        SessionLog log = result.sessions().get(0).log();
        assertThat(moves(log)).isEqualTo(18);
        assertThat(log.countsByKind().get(EventKind.BUTTON_DOWN)).isEqualTo(1);
        assertThat(result.problems()).filteredOn(p -> !p.isNote() && p.line() > 0).extracting(Problem::reason)
                .containsExactly("event 8 is not valid JSON: skipped, reading goes on at the next event found");
    }

    @Test
    void aTooDeeplyNestedEventIsSkippedAndTheRestRead() throws IOException {
        String whole = session().array();
        String deep = "{\"type\":5,\"data\":{\"tag\":\"x\",\"payload\":" + "[".repeat(6_000) + "]".repeat(6_000)
                + "},\"timestamp\":" + (T0 + 100) + "},";
        int at = whole.indexOf("{\"type\":3");
        Path file = RrwebEvents.write(dir.resolve("deep.json"), whole.substring(0, at) + deep + whole.substring(at));

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(moves(result.sessions().get(0).log())).isEqualTo(20);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).contains("nested more than"));
    }

    @Test
    void aBadLineOfJsonLinesCostsThatLineOnly() throws IOException {
        String[] lines = session().lines().split("\n");
        lines[4] = lines[4].substring(0, lines[4].length() / 2);
        lines[6] = "[1,2]";
        Path file = RrwebEvents.write(dir.resolve("bad.jsonl"), String.join("\n", lines) + "\n");

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(moves(result.sessions().get(0).log())).isEqualTo(16);
        assertThat(result.problems()).filteredOn(p -> !p.isNote() && p.line() > 0).extracting(Problem::line)
                .containsExactly(5L, 7L);
    }

    @Test
    void oneDamagedTimestampCostsOneEventNotTheRest() throws IOException {
        RrwebEvents r = session();
        r.events().get(5).put("timestamp", T0 + 9_000_000_000L);
        r.events().get(7).remove("timestamp");
        Path file = RrwebEvents.write(dir.resolve("time.json"), r.array());

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(moves(result.sessions().get(0).log())).isEqualTo(16);
        assertThat(result.problems()).extracting(Problem::reason)
                .anyMatch(m -> m.equals("event 6: its timestamp jumps ahead of the events around it: skipped"))
                .anyMatch(m -> m.equals("event 8: missing timestamp: skipped"));
    }

    @Test
    void aClockSetBackKeepsItsEventsAfterAPause() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600);
        for (int i = 1; i <= 4; i++) {
            r.moves(T0 + 1_000L * i, i, i, 0);
        }
        for (int i = 1; i <= 5; i++) {
            r.moves(T0 - 3_600_000 + 1_000L * i, 100 + i, 100 + i, 0);
        }

        SessionLog log = importer.read(RrwebEvents.write(dir.resolve("reset.json"), r.array()), ImportOptions.defaults())
                .sessions().get(0).log();

        assertThat(moves(log)).isEqualTo(9);
        assertThat(log.countsByKind()).containsKeys(EventKind.PAUSE, EventKind.RESUME);
        assertThat(log.durationMs()).isLessThan(20_000);
    }

    @Test
    void emptyOrForeignFilesAreOneErrorAndNothingImported() throws IOException {
        Path empty = RrwebEvents.write(dir.resolve("empty.json"), "");
        Path noInput = RrwebEvents.write(dir.resolve("x.json"), "[{\"type\":0,\"data\":{},\"timestamp\":" + T0 + "}]");
        Path gzipGarbage = dir.resolve("g.json.gz");
        Files.write(gzipGarbage, new byte[] {0x1f, (byte) 0x8b, 8, 0, 1, 2, 3});

        for (Path p : List.of(empty, noInput, gzipGarbage)) {
            ReadResult result = importer.read(p, ImportOptions.defaults());
            assertThat(result.sessions()).as(p.toString()).isEmpty();
            assertThat(result.hasErrors()).as(p.toString()).isTrue();
        }
    }

    @Test
    void problemsNeverRepeatTypedTextTitlesOrAddresses() throws IOException {
        RrwebEvents r = new RrwebEvents();
        var field = r.element("input", "name", "card");
        r.meta(T0, "https://secret-host.example/?token=abc123", 800, 600).snapshot(T0, 1, "Private Title", field);
        r.input(T0 + 10, RrwebEvents.idOf(field), "4111111111111111");
        r.raw(3, ((com.fasterxml.jackson.databind.node.ObjectNode) r.events().get(2).get("data").deepCopy())
                .put("id", "not a number"), T0 + 20);
        r.events().add(r.events().get(0).deepCopy().put("type", "4111111111111111"));
        Path file = RrwebEvents.write(dir.resolve("p.json"), r.array().replace("]", ",{\"type\":3,\"data\":{\"source\":5,\"text\":\"4111111111111111\"}]"));

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.toString())
                .doesNotContain("4111", "secret-host", "token", "Private Title"));
    }

    @Test
    void theImportCapStopsAFileWithTooManyEvents() throws IOException {
        Path file = RrwebEvents.write(dir.resolve("many.json"), session().array());

        ReadResult result = importer.read(file, new ImportOptions(null, new org.trailmark.io.ImportLimits(5, 1 << 30)));

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).contains("more than 5 events"));
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
