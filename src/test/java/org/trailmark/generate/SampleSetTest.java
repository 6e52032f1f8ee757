package org.trailmark.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

class SampleSetTest {
    private static final String REGENERATE = "sample-sessions/ is out of date with the generator: regenerate it "
            + "as sample-sessions/README.md says";

    @Test
    void theSameSeedWritesByteIdenticalFiles(@TempDir Path first, @TempDir Path second) throws IOException {
        List<Path> a = SampleSet.write(first, SessionGenerator.DEFAULT_SEED, "native");
        List<Path> b = SampleSet.write(second, SessionGenerator.DEFAULT_SEED, "native");

        assertThat(a).hasSize(6);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).getFileName().toString()).endsWith(".jsonl.gz");
            assertThat(Files.readAllBytes(b.get(i))).isEqualTo(Files.readAllBytes(a.get(i)));
        }
        assertThat(Files.readAllBytes(second.resolve(SampleSet.PLANTED_FILE)))
                .isEqualTo(Files.readAllBytes(first.resolve(SampleSet.PLANTED_FILE)));
    }

    @Test
    void nativeSamplesReadBackEventForEvent(@TempDir Path dir) throws IOException {
        List<Path> files = SampleSet.write(dir, SessionGenerator.DEFAULT_SEED, "native");
        List<GeneratedSession> generated = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);

        for (int i = 0; i < files.size(); i++) {
            ReadResult read = Importers.read(files.get(i), ImportOptions.defaults());
            assertThat(read.problems()).isEmpty();
            ParsedSession session = read.sessions().get(0);
            assertThat(session.info()).isEqualTo(generated.get(i).info());
            SessionLog expected = generated.get(i).log();
            SessionLog actual = session.log();
            assertThat(actual.size()).isEqualTo(expected.size());
            assertThat(actual.timeColumn(0, actual.size())).isEqualTo(expected.timeColumn(0, expected.size()));
            assertThat(actual.countsByKind()).isEqualTo(expected.countsByKind());
            assertThat(TypedText.all(actual)).isEqualTo(TypedText.all(expected));
        }
    }

    @Test
    void ducktrackFormatWritesRecordingFoldersWithWhatDuckTrackRecords(@TempDir Path dir) throws IOException {
        List<Path> folders = SampleSet.write(dir, SessionGenerator.DEFAULT_SEED, "ducktrack");
        List<GeneratedSession> generated = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);

        assertThat(folders).hasSize(6);
        for (int i = 0; i < folders.size(); i++) {
            Path folder = folders.get(i);
            assertThat(folder.resolve("metadata.json")).isRegularFile();
            long recordable = 0;
            SessionLog log = generated.get(i).log();
            for (int k = 0; k < log.size(); k++) {
                EventKind kind = log.kind(k);
                recordable += kind == EventKind.FOCUS || kind == EventKind.FIELD || kind == EventKind.MARKER ? 0 : 1;
            }
            try (Stream<String> lines = Files.lines(folder.resolve("events.jsonl"))) {
                assertThat(lines.count()).isEqualTo(recordable);
            }
        }
        assertThat(dir.resolve(SampleSet.PLANTED_FILE)).isRegularFile();
    }

    @Test
    void plantedJsonListsEverySecretWithItsSessionSpanAndValue(@TempDir Path dir) throws IOException {
        SampleSet.write(dir, SessionGenerator.DEFAULT_SEED, "native");
        JsonNode root = new ObjectMapper().readTree(dir.resolve(SampleSet.PLANTED_FILE).toFile());

        List<String> expected = new ArrayList<>();
        for (GeneratedSession s : SessionGenerator.samples(SessionGenerator.DEFAULT_SEED)) {
            for (PlantedSecret p : s.planted()) {
                expected.add(s.info().id() + " " + s.info().id() + ".jsonl.gz " + p.kind().wireName() + " "
                        + p.value() + " " + p.startMs() + " " + p.endMs());
            }
        }
        List<String> actual = new ArrayList<>();
        for (JsonNode n : root.get("planted")) {
            actual.add(n.get("session").asText() + " " + n.get("path").asText() + " " + n.get("kind").asText() + " "
                    + n.get("value").asText() + " " + n.get("start_ms").asInt() + " " + n.get("end_ms").asInt());
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(root.get("seed").asLong()).isEqualTo(SessionGenerator.DEFAULT_SEED);
    }

    @Test
    void anUnknownFormatIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) {
        assertThatThrownBy(() -> SampleSet.write(dir.resolve("out"), 1, "csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("native or ducktrack");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** Compares the decompressed text, so a change of gzip level in the writer alone does not fail it. */
    @Test
    void theCommittedSampleSessionsAreWhatTheGeneratorMakes(@TempDir Path dir) throws IOException {
        Path committed = Path.of("sample-sessions");
        List<Path> fresh = SampleSet.write(dir, SessionGenerator.DEFAULT_SEED, "native");

        for (Path file : fresh) {
            Path same = committed.resolve(file.getFileName().toString());
            assertThat(same).as(REGENERATE).isRegularFile();
            assertThat(gunzip(same)).as(REGENERATE).isEqualTo(gunzip(file));
        }
        assertThat(Files.readString(committed.resolve(SampleSet.PLANTED_FILE))).as(REGENERATE)
                .isEqualTo(Files.readString(dir.resolve(SampleSet.PLANTED_FILE)));
    }

    private static byte[] gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }
}
