package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.store.Workspace;

/** Issue 11 item 5: a capture beyond the caps ends in a plain error and leaves nothing in the workspace. */
class ImportCapsTest {
    private static final String HEADER = "{\"format\":\"trailmark-session\",\"version\":\"1.0\",\"session\":\"bomb-1\","
            + "\"subject\":\"subj-ana\",\"start\":\"2026-03-02T09:14:00.000+01:00\",\"time_unit\":\"ms\","
            + "\"screens\":[{\"id\":0,\"x\":0,\"y\":0,\"width\":1920,\"height\":1080,\"scale\":1.0}]}";

    @TempDir
    Path dir;

    /** A small gzip file of {@code events} valid, identical event lines, written as a stream. */
    private Path bomb(String name, int events) throws IOException {
        Path file = dir.resolve(name);
        byte[] line = "{\"t\":5,\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 1 << 16)) {
            out.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < events; i++) {
                out.write(line);
            }
        }
        return file;
    }

    private ImportReport importWith(Path workspaceFile, Path input, ImportLimits limits) {
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            return new ImportService(workspace, "tester")
                    .importPaths(List.of(input), new ImportOptions(null, limits), ImportProgress.NONE);
        }
    }

    private static long rows(Path workspaceFile, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + workspaceFile);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.getLong(1);
        }
    }

    @Test
    void aGzipBombOfValidLinesStopsAtTheEventsCapAndImportsNothing() throws Exception {
        Path input = bomb("bomb.jsonl.gz", 2_000_000);
        assertThat(Files.size(input)).isLessThan(1 << 20);
        Path workspaceFile = dir.resolve("ws.trailmark");

        ImportReport report = importWith(workspaceFile, input, new ImportLimits(100_000, 1L << 40));

        assertThat(report.sessions()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.file()).isEqualTo(input);
            assertThat(p.reason()).contains("more than 100,000 events", "bomb.jsonl.gz", "--max-events");
        });
        assertThat(rows(workspaceFile, "sessions")).isZero();
        assertThat(rows(workspaceFile, "event_chunks")).isZero();
    }

    @Test
    void aGzipBombStopsAtTheInflatedSizeCap() throws Exception {
        Path input = bomb("bomb.jsonl.gz", 2_000_000);
        Path workspaceFile = dir.resolve("ws.trailmark");

        ImportReport report = importWith(workspaceFile, input, new ImportLimits(1L << 40, 4L << 20));

        assertThat(report.sessions()).isEmpty();
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).contains("more than 4 MiB", "bomb.jsonl.gz", "decompressed", "--max-inflated-bytes");
        });
        assertThat(rows(workspaceFile, "sessions")).isZero();
        assertThat(rows(workspaceFile, "event_chunks")).isZero();
    }

    @Test
    void aCaptureWithinTheCapsImports() throws Exception {
        Path input = bomb("small.jsonl.gz", 1000);
        Path workspaceFile = dir.resolve("ws.trailmark");

        ImportReport report = importWith(workspaceFile, input, new ImportLimits(1000, 1L << 20));

        assertThat(report.sessions()).singleElement().extracting(SessionOutcome::events).isEqualTo(1000L);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void aPlainFileLargerThanTheSizeCapIsRefusedBeforeReading() throws Exception {
        Path input = dir.resolve("plain.jsonl");
        Files.writeString(input, HEADER + "\n" + "{\"t\":5,\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n".repeat(1000));

        ImportReport report = importWith(dir.resolve("ws.trailmark"), input, new ImportLimits(1L << 40, 10_000));

        assertThat(report.sessions()).isEmpty();
        assertThat(report.problems()).singleElement().extracting(Problem::reason).asString()
                .contains("more than 10,000 bytes", "plain.jsonl");
    }

    @Test
    void aDuckTrackRecordingBeyondTheEventsCapImportsNothing() throws Exception {
        Path recording = Path.of(getClass().getResource("/ducktrack/example/events.jsonl").toURI()).getParent();
        Path workspaceFile = dir.resolve("ws.trailmark");

        ImportReport report = importWith(workspaceFile, recording, new ImportLimits(5000, 1L << 40));

        assertThat(report.sessions()).isEmpty();
        assertThat(report.problems()).filteredOn(Problem::isError).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("events.jsonl");
            assertThat(p.reason()).contains("more than 5,000 events");
        });
        assertThat(rows(workspaceFile, "sessions")).isZero();
    }

    @Test
    void aDuckTrackRecordingBeyondTheSizeCapImportsNothing() throws URISyntaxException {
        Path recording = Path.of(getClass().getResource("/ducktrack/example/events.jsonl").toURI()).getParent();

        ImportReport report = importWith(dir.resolve("ws.trailmark"), recording, new ImportLimits(1L << 40, 1 << 20));

        assertThat(report.sessions()).isEmpty();
        assertThat(report.problems()).filteredOn(Problem::isError).singleElement().extracting(Problem::reason)
                .asString().contains("more than 1 MiB");
    }
}
