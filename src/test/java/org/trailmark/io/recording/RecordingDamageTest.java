package org.trailmark.io.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** Issue 11 items 7 and 8 for the recorder folders: damage costs its own line, and missing files are named. */
class RecordingDamageTest {
    @TempDir
    Path dir;

    private Path episodeWithTopWindow(byte[] topWindow) throws IOException {
        Path folder = RecordingCopies.copy(RecordingCopies.AGENTNET, dir.resolve("episode"),
                RecordingCopies.eventLines(RecordingCopies.AGENTNET));
        Files.write(folder.resolve("top_window.jsonl"), topWindow);
        return folder;
    }

    private static byte[] lines(byte[]... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] line : lines) {
            out.write(line);
            out.write('\n');
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static long focusEvents(ReadResult result) {
        SessionLog log = result.sessions().get(0).log();
        return log.countsByKind().getOrDefault(EventKind.FOCUS, 0L);
    }

    private static List<Problem> topWindowProblems(ReadResult result) {
        return result.problems().stream()
                .filter(p -> p.file() != null && p.file().getFileName().toString().equals("top_window.jsonl"))
                .toList();
    }

    @Test
    void aBadByteInTopWindowCostsOnlyItsOwnLine() throws IOException {
        byte[] broken = utf8("{\"time_stamp\": 30674.5036902, \"top_window_name\": \"notepad\"}");
        broken[3] = (byte) 0xFF; // inside the key "time_stamp": the line loses its time
        Path folder = episodeWithTopWindow(lines(
                utf8("{\"time_stamp\": 30673.8036902, \"top_window_name\": \"explorer\"}"),
                broken,
                utf8("{\"time_stamp\": 30679.3740902, \"top_window_name\": \"explorer\"}")));

        ReadResult result = Importers.read(folder, ImportOptions.defaults());

        assertThat(focusEvents(result)).isEqualTo(2);
        assertThat(topWindowProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).isEqualTo("missing time_stamp: skipped");
        });
    }

    @Test
    void aBadByteInsideAWindowNameKeepsTheLine() throws IOException {
        byte[] odd = utf8("{\"time_stamp\": 30674.5036902, \"top_window_name\": \"notepad\"}");
        odd[odd.length - 4] = (byte) 0xC3; // a lone lead byte inside the name
        Path folder = episodeWithTopWindow(lines(
                utf8("{\"time_stamp\": 30673.8036902, \"top_window_name\": \"explorer\"}"),
                odd,
                utf8("{\"time_stamp\": 30679.3740902, \"top_window_name\": \"explorer\"}")));

        ReadResult result = Importers.read(folder, ImportOptions.defaults());

        assertThat(focusEvents(result)).isEqualTo(3);
        assertThat(topWindowProblems(result)).isEmpty();
    }

    @Test
    void aDuckTrackFolderWithoutMetadataIsReadAndNamesTheMissingFile() throws IOException {
        Path folder = dir.resolve("recording");
        Files.createDirectories(folder);
        Files.copy(RecordingCopies.resource(RecordingCopies.DUCKTRACK).resolve("events.jsonl"),
                folder.resolve("events.jsonl"));

        ReadResult result = Importers.read(folder, ImportOptions.defaults());

        assertThat(result.sessions()).singleElement().satisfies(s -> {
            assertThat(s.info().sourceFormat()).isEqualTo("ducktrack");
            assertThat(s.log().size()).isEqualTo(13_401);
        });
        assertThat(result.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo(folder.resolve("metadata.json"));
            assertThat(p.reason()).startsWith("metadata.json is missing");
        });
    }

    @Test
    void aMissingPathSaysSo() {
        Path missing = dir.resolve("no-such-capture.jsonl");

        ReadResult result = Importers.read(missing, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo(missing);
            assertThat(p.reason()).isEqualTo("no such file or folder");
            assertThat(p.toString()).isEqualTo(missing + ": error: no such file or folder");
        });
    }

    @Test
    void aMissingFolderSaysSo() {
        List<Problem> problems = Importers.read(dir.resolve("gone"), ImportOptions.defaults()).problems();

        assertThat(problems).singleElement().extracting(Problem::reason).isEqualTo("no such file or folder");
    }
}
