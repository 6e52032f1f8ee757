package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
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
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.model.SessionLog;
import org.trailmark.store.AddOutcome;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * A recording folder imported while it is read (chunks stored as they fill) ends exactly as the
 * in-memory import of it: the same session id, events, strings, figures and problems; and what
 * stops the read half-way leaves nothing behind.
 */
class StreamedImportTest {
    private static final String ACTOR = "tester";

    @TempDir
    Path dir;

    @Test
    void aLongDuckTrackRecordingStoresAsTheInMemoryImportDoes() throws Exception {
        Path folder = longRecording(dir.resolve("long"), 150_000, true);

        assertSameAsInMemory(folder, ImportOptions.defaults());
    }

    @Test
    void theAgentNetEpisodeStoresAsTheInMemoryImportDoes() throws Exception {
        Path episode = Path.of(getClass().getResource("/agentnet/episode-notepad/events.jsonl").toURI()).getParent();

        assertSameAsInMemory(episode, ImportOptions.defaults());
    }

    @Test
    void theRealDuckTrackExampleStoresAsTheInMemoryImportDoes() throws Exception {
        assertSameAsInMemory(example(), ImportOptions.defaults().withKeepClipboard(false));
    }

    @Test
    void aSessionImportedTheOldWayIsAlreadyPresentForTheStreamedImport() throws Exception {
        Path folder = longRecording(dir.resolve("again"), 70_000, false);
        ParsedSession parsed = Importers.read(folder, ImportOptions.defaults()).sessions().get(0);
        try (Workspace workspace = Workspace.open(dir.resolve("w.db"))) {
            assertThat(workspace.sessions().add(parsed.info(), parsed.log(), folder.toString(), ACTOR))
                    .isEqualTo(AddOutcome.ADDED);

            ImportReport again = new ImportService(workspace, ACTOR).importPaths(List.of(folder),
                    ImportOptions.defaults(), ImportProgress.NONE);

            assertThat(again.sessions()).singleElement().satisfies(s -> {
                assertThat(s.sessionId()).isEqualTo(parsed.info().id());
                assertThat(s.status()).isEqualTo(SessionOutcome.Status.ALREADY_PRESENT);
                assertThat(s.warnings()).isEqualTo(parsed.problems());
                assertThat(s.events()).isEqualTo(parsed.log().size());
            });
            assertThat(workspace.sessions().all()).hasSize(1);
        }
    }

    @Test
    void aReadStoppedByTheEventCapAfterSeveralChunksLeavesNoChunkBehind() throws Exception {
        Path folder = longRecording(dir.resolve("capped"), 200_000, false);
        Path file = dir.resolve("capped.db");
        try (Workspace workspace = Workspace.open(file)) {
            ImportReport report = new ImportService(workspace, ACTOR).importPaths(List.of(folder),
                    new ImportOptions(null, new ImportLimits(150_000, ImportLimits.DEFAULT_MAX_INFLATED_BYTES)),
                    ImportProgress.NONE);

            assertThat(report.sessions()).isEmpty();
            assertThat(report.problems()).anyMatch(p -> p.isError() && p.reason().contains("more than 150,000 events"));
            assertThat(workspace.sessions().all()).isEmpty();
            assertThat(workspace.integrityCheck()).isEqualTo("ok");
        }
        assertThat(count(file, "event_chunks")).isZero();
        assertThat(count(file, "session_strings")).isZero();
    }

    private void assertSameAsInMemory(Path folder, ImportOptions options) throws IOException {
        ReadResult inMemory = Importers.read(folder, options);
        ParsedSession parsed = inMemory.sessions().get(0);
        try (Workspace old = Workspace.open(dir.resolve("old-" + folder.getFileName() + ".db"));
             Workspace streamed = Workspace.open(dir.resolve("streamed-" + folder.getFileName() + ".db"))) {
            old.sessions().add(parsed.info(), parsed.log(), folder.toString(), ACTOR);
            assertThat(Importers.streamFor(folder, options)).isPresent();

            ImportReport report = new ImportService(streamed, ACTOR).importPaths(List.of(folder), options,
                    ImportProgress.NONE);

            assertThat(report.problems()).isEqualTo(inMemory.problems());
            assertThat(report.sessions()).singleElement().satisfies(s -> {
                assertThat(s.status()).isEqualTo(SessionOutcome.Status.IMPORTED);
                assertThat(s.sessionId()).isEqualTo(parsed.info().id());
                assertThat(s.warnings()).isEqualTo(parsed.problems());
            });
            String id = parsed.info().id();
            SessionSummary before = old.sessions().find(id).orElseThrow();
            SessionSummary after = streamed.sessions().find(id).orElseThrow();
            assertThat(after.info()).isEqualTo(before.info());
            assertThat(after.events()).isEqualTo(before.events());
            assertThat(after.durationMs()).isEqualTo(before.durationMs());
            assertThat(after.counts()).isEqualTo(before.counts());
            assertThat(after.apps()).isEqualTo(before.apps());
            assertSameEvents(streamed.sessions().loadLog(id), parsed.log());
            assertThat(streamed.audit().entries(id)).singleElement()
                    .satisfies(e -> assertThat(e.detail()).isEqualTo(old.audit().entries(id).get(0).detail()));
        }
    }

    private static void assertSameEvents(SessionLog a, SessionLog b) {
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(a.strings()).isEqualTo(b.strings());
        for (int i = 0; i < a.size(); i++) {
            if (a.time(i) != b.time(i) || a.kindCode(i) != b.kindCode(i) || a.x(i) != b.x(i) || a.y(i) != b.y(i)
                    || a.a(i) != b.a(i) || a.b(i) != b.b(i)) {
                throw new AssertionError("event " + i + " differs");
            }
        }
    }

    /**
     * A DuckTrack folder of {@code events} lines like a real recorder's: moves, typing, clicks,
     * scrolls; with {@code damaged}, also broken lines, an unknown action and a clock jump.
     */
    static Path longRecording(Path folder, int events, boolean damaged) throws IOException {
        Files.createDirectories(folder);
        Random random = new Random(events);
        double t = 5000;
        String letters = "etaoinshrdlu";
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < events; i++) {
                t += 0.008;
                int r = random.nextInt(1000);
                String line;
                if (r < 40) {
                    String key = r < 5 ? "Key.shift" : r < 8 ? "space" : String.valueOf(letters.charAt(r % letters.length()));
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"" + (r % 2 == 0 ? "press" : "release")
                            + "\", \"name\": \"" + key + "\"}";
                } else if (r < 50) {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"click\", \"x\": 10.5, \"y\": " + r
                            + ", \"button\": \"" + (r % 3 == 0 ? "Button.right" : "left") + "\", \"pressed\": "
                            + (r % 2 == 0) + "}";
                } else if (r < 55) {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"scroll\", \"x\": 3, \"y\": 4, \"dx\": 0,"
                            + " \"dy\": " + (r % 2 == 0 ? 1 : -1) + "}";
                } else if (damaged && r == 55) {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"move\", \"x\": \"12\", \"y\": 3}";
                } else if (damaged && r == 56 && random.nextInt(20) == 0) {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"mo";
                } else if (damaged && r == 57 && random.nextInt(50) == 0) {
                    line = "{\"time_stamp\": " + round(t + 90_000) + ", \"action\": \"move\", \"x\": 1, \"y\": 1}";
                } else if (damaged && r == 58) {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"dance\"}";
                } else {
                    line = "{\"time_stamp\": " + round(t) + ", \"action\": \"move\", \"x\": " + (random.nextInt(2_000_000) / 1000.0)
                            + ", \"y\": " + random.nextInt(1440) + "}";
                }
                out.write(line);
                out.write('\n');
            }
        }
        Files.writeString(folder.resolve("metadata.json"), "{\"system\": \"Linux\", \"node\": \"desk-7\","
                + " \"screen_width\": 2560, \"screen_height\": 1440, \"start_time\": \"2026-02-10 08:30:00\"}");
        return folder;
    }

    private static String round(double t) {
        return String.valueOf(Math.round(t * 1e6) / 1e6);
    }

    private static Path example() throws URISyntaxException {
        return Path.of(StreamedImportTest.class.getResource("/ducktrack/example/events.jsonl").toURI()).getParent();
    }

    private static long count(Path file, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
