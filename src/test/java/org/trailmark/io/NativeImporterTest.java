package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.SessionLogBuilder;

class NativeImporterTest {
    @TempDir
    Path dir;

    private final NativeImporter importer = new NativeImporter();

    private Path session(Path folder, String name, String id) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        NativeSessionWriter.write(NativeTestSessions.info().withId(id), new SessionLogBuilder().pointerMove(1, 2, 3)
                .build(), file);
        return file;
    }

    @Test
    void acceptsNativeFilesByNameAndFirstLine() throws IOException {
        Path plain = session(dir, "a.jsonl", "s-a");
        Path gz = session(dir, "b.jsonl.gz", "s-b");
        Path renamed = Files.copy(plain, dir.resolve("a.json"));

        assertThat(importer.accepts(plain)).isTrue();
        assertThat(importer.accepts(gz)).isTrue();
        assertThat(importer.accepts(renamed)).isFalse();
        assertThat(importer.formatName()).isEqualTo("native");
    }

    @Test
    void acceptsDamagedFilesNamedLikeCapturesSoTheReaderCanExplainThem() throws IOException {
        Path empty = Files.write(dir.resolve("empty.jsonl"), new byte[0]);
        Path garbage = Files.write(dir.resolve("garbage.jsonl"), new byte[] {0, 1, 2, (byte) 0xff});
        Path cut = Files.writeString(dir.resolve("cut.jsonl"), "{\"format\":\"trailmark-sess");
        Path future = NativeTestSessions.writeLines(dir, "future.jsonl",
                NativeTestSessions.HEADER.replace("\"1.0\"", "\"2.0\""));

        assertThat(importer.accepts(empty)).isTrue();
        assertThat(importer.accepts(garbage)).isTrue();
        assertThat(importer.accepts(cut)).isTrue();
        assertThat(importer.accepts(future)).isTrue();
    }

    @Test
    void refusesAnotherToolsJsonLines() throws IOException {
        Path ducktrackEvents = NativeTestSessions.writeLines(dir, "events.jsonl",
                "{\"time_stamp\": 1.5, \"action\": \"move\", \"x\": 1, \"y\": 2}");

        assertThat(importer.accepts(ducktrackEvents)).isFalse();
        // a recorder's events.jsonl without its metadata.json is a DuckTrack recording, read with a warning
        assertThat(Importers.read(ducktrackEvents, ImportOptions.defaults()).sessions())
                .singleElement().extracting(s -> s.info().sourceFormat()).isEqualTo("ducktrack");
    }

    @Test
    void folderYieldsEveryNativeSessionInPathOrderAndSkipsOthers() throws IOException {
        session(dir.resolve("b"), "2.jsonl.gz", "s-2");
        session(dir, "1.jsonl", "s-1");
        session(dir.resolve("b/c"), "3.jsonl", "s-3");
        NativeTestSessions.writeLines(dir, "notes.jsonl", "{\"note\":\"not a session\"}");
        Files.writeString(dir.resolve("readme.txt"), "hello");
        Path recording = Files.createDirectories(dir.resolve("ducktrack"));
        Files.writeString(recording.resolve("events.jsonl"), "{\"time_stamp\":1.0,\"action\":\"move\",\"x\":1,\"y\":1}\n");
        Files.writeString(recording.resolve("metadata.json"), "{}");

        assertThat(importer.accepts(dir)).isTrue();
        ReadResult result = importer.read(dir, ImportOptions.defaults());

        assertThat(result.sessions()).extracting(s -> s.info().id()).containsExactly("s-1", "s-2", "s-3");
        assertThat(result.problems()).hasSize(2).noneMatch(Problem::isError);
        assertThat(result.problems()).extracting(Problem::file)
                .containsExactlyInAnyOrder(dir.resolve("notes.jsonl"), recording);
    }

    @Test
    void folderKeepsGoodSessionsWhenOneFileIsBroken() throws IOException {
        session(dir, "1.jsonl", "s-1");
        Files.write(dir.resolve("2.jsonl"), new byte[0]);

        ReadResult result = importer.read(dir, ImportOptions.defaults());

        assertThat(result.sessions()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo(dir.resolve("2.jsonl"));
        });
    }

    @Test
    void recordingFoldersOfOtherToolsAreNotClaimed() throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), "{\"time_stamp\":1.0,\"action\":\"move\",\"x\":1,\"y\":1}\n");
        Files.writeString(dir.resolve("metadata.json"), "{}");
        session(dir, "extra.jsonl", "s-x");

        assertThat(importer.accepts(dir)).isFalse();
        assertThat(Importers.forPath(dir)).get().extracting(SessionImporter::formatName).isEqualTo("ducktrack");
    }

    @Test
    void folderWithoutSessionsIsNotAccepted() throws IOException {
        Files.writeString(dir.resolve("readme.txt"), "hello");

        assertThat(importer.accepts(dir)).isFalse();
        assertThat(Importers.read(dir, ImportOptions.defaults()).problems()).singleElement()
                .satisfies(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void importersRegistryReadsNativeFilesAndFolders() throws IOException {
        Path file = session(dir, "a.jsonl.gz", "s-a");

        assertThat(Importers.forPath(file)).get().extracting(SessionImporter::formatName).isEqualTo("native");
        assertThat(Importers.read(file, ImportOptions.defaults()).sessions()).hasSize(1);
        assertThat(Importers.read(dir, ImportOptions.defaults()).sessions()).hasSize(1);
    }
}
