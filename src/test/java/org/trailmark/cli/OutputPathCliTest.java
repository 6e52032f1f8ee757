package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.review.ReviewFixtures;

/** Where the commands write: a wrong place is named in one plain line, and nothing is overwritten unasked. */
class OutputPathCliTest {
    @TempDir
    Path dir;

    private Path workspace;

    @BeforeEach
    void aWorkspaceWithASession() {
        workspace = dir.resolve("ws.trailmark");
        ReviewFixtures.workspaceWith(workspace, "s-1").close();
    }

    private CliRun run(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args));
        all.add("--workspace");
        all.add(workspace.toString());
        return CliRun.of(all);
    }

    private static void assertOnePlainLine(CliRun run, String... naming) {
        assertThat(run.code()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).as(run.err()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("trailmark: error: ").contains(naming)
                .doesNotContainPattern("[A-Z][A-Za-z]*(Exception|Error)\\b").doesNotContain("unexpected");
    }

    @Test
    void exportIntoAFolderUnderAFileNamesBothPaths() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        Path out = file.resolve("export");

        CliRun run = run("export", "--out", out.toString(), "--include-unreviewed");

        assertOnePlainLine(run, out.toString(), file + " is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void exportOntoAnExistingFileRefusesAndKeepsIt() throws Exception {
        Path file = Files.writeString(dir.resolve("dataset"), "mine");

        CliRun run = run("export", "--out", file.toString(), "--include-unreviewed");

        assertOnePlainLine(run, file + ": the output folder is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void exportIntoAFolderThatIsNotEmptyRefusesAndTouchesNothingInIt() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("dataset"));
        Files.writeString(folder.resolve("keep.txt"), "mine");

        CliRun run = run("export", "--out", folder.toString(), "--include-unreviewed");

        assertOnePlainLine(run, folder + ": the output folder exists and is not empty");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(folder.resolve("keep.txt"));
        }
    }

    @Test
    void exportWhereNoFolderCanBeMadeNamesThePlace() {
        // /proc takes no new folders, not even from root, for whom permissions are no obstacle.
        Path proc = Path.of("/proc");
        assumeThat(Files.isDirectory(proc.resolve("self"))).isTrue();
        Path out = proc.resolve("trailmark-test-export");

        CliRun run = run("export", "--out", out.toString(), "--include-unreviewed");

        assertOnePlainLine(run, "--out " + out, "could not write the export there");
        assertThat(out).doesNotExist();
    }

    @Test
    void labelsExportRefusesAnExistingFileAndReplacesItWithForce() throws Exception {
        Path file = Files.writeString(dir.resolve("labels.json"), "mine");

        CliRun refused = run("labels", "export", "s-1", "-o", file.toString());

        assertOnePlainLine(refused, file + " exists: use --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("mine");

        CliRun forced = run("labels", "export", "s-1", "-o", file.toString(), "--force");

        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).contains("\"session_id\" : \"s-1\"");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left beside it")
                    .containsExactlyInAnyOrder("labels.json", "ws.trailmark");
        }
    }

    @Test
    void labelsExportIntoAFolderOrUnderAFileIsOnePlainLine() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");

        assertOnePlainLine(run("labels", "export", "s-1", "-o", dir.toString()), dir + " is a folder");
        assertOnePlainLine(run("labels", "export", "s-1", "-o", file.resolve("l.json").toString()),
                file + " is a file, not a folder");
    }

    @Test
    void subjectExportRefusesAnExistingFileAndReplacesItWithForce() throws Exception {
        Path file = Files.writeString(dir.resolve("archive.json"), "mine");

        CliRun refused = run("subject", "export", "subject-1", "--out", file.toString());

        assertOnePlainLine(refused, file + " exists: use --force to replace it");
        assertThat(Files.readString(file)).isEqualTo("mine");

        CliRun forced = run("subject", "export", "subject-1", "--out", file.toString(), "--force");

        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(file)).contains("subject-1").doesNotContain("mine");
    }
}
