package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportersTest {
    @TempDir
    Path dir;

    @Test
    void aMixedFolderImportsNativeFilesAndRecordingFoldersEachWithItsOwnImporter() throws Exception {
        Path mixed = dir.resolve("mixed");
        copyTree(Path.of("src/test/resources/ducktrack/example"), mixed.resolve("nested/recording"));
        Files.copy(Path.of("src/test/resources/native/example.jsonl"), mixed.resolve("capture.jsonl"));
        Files.writeString(mixed.resolve("README.md"), "not a capture");

        ReadResult result = Importers.read(mixed, ImportOptions.defaults());

        assertThat(result.sessions()).extracting(s -> s.info().sourceFormat())
                .containsExactlyInAnyOrder("native", "ducktrack");
        assertThat(result.problems()).noneMatch(Problem::isError);
    }

    @Test
    void aFolderWithoutCapturesIsOneClearError() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "hello");

        ReadResult result = Importers.read(empty, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("no captures in this folder"));
    }

    @Test
    void anotherToolsJsonLinesFileInAFolderIsSkippedWithAWarning() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("other"));
        Files.writeString(folder.resolve("log.jsonl"), "{\"level\":\"info\",\"msg\":\"started\"}\n");
        Files.copy(Path.of("src/test/resources/native/example.jsonl"), folder.resolve("capture.jsonl"));

        ReadResult result = Importers.read(folder, ImportOptions.defaults());

        assertThat(result.sessions()).hasSize(1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file().getFileName().toString()).isEqualTo("log.jsonl");
        });
    }

    private static void copyTree(Path from, Path to) throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.toList();
        }
        for (Path p : files) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
    }
}
