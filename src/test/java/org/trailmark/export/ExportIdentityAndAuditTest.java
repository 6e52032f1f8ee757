package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.DatasetExports;
import org.trailmark.store.Workspace;

class ExportIdentityAndAuditTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> SESSIONS = List.of("alice-monday", "bob-tuesday");

    @TempDir
    Path dir;

    private static ExportOptions options() {
        return ExportOptions.defaults("test").withSeed(7)
                .withFormats(EnumSet.of(ExportFormat.TRAJECTORIES, ExportFormat.EVENTS));
    }

    private static void addSessions(Workspace ws) {
        ExportFixtures.addApprovedSession(ws, SESSIONS.get(0), "alice");
        ExportFixtures.addApprovedSession(ws, SESSIONS.get(1), "bob");
    }

    @Test
    void trajectoriesAndManifestNameSessionsOnlyByTheirEventStreamPseudonym() throws IOException {
        ExportResult result;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            result = new Exporter(ws, options()).run(dir.resolve("out"));
        }
        assertThat(result.verified()).isTrue();
        Path out = dir.resolve("out");
        Set<String> eventStreams = new TreeSet<>();
        Set<String> trajectorySessions = new TreeSet<>();
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                all.append(Files.readString(f));
                if (rel.startsWith("data/events/")) {
                    eventStreams.add(f.getFileName().toString().replace(".jsonl", ""));
                } else if (rel.endsWith(".jsonl")) {
                    for (String line : Files.readAllLines(f)) {
                        JsonNode record = MAPPER.readTree(line);
                        trajectorySessions.add(record.path("session_id").asText());
                        assertThat(record.path("task_id").asText()).startsWith(record.path("session_id").asText() + "/");
                    }
                }
            }
        }
        assertThat(all.toString()).doesNotContain(SESSIONS.get(0), SESSIONS.get(1));
        assertThat(eventStreams).hasSize(2).allSatisfy(id -> assertThat(id).startsWith("e-"));
        assertThat(trajectorySessions).isEqualTo(eventStreams);
        JsonNode manifest = MAPPER.readTree(out.resolve(Exporter.MANIFEST).toFile());
        Set<String> manifestSessions = new TreeSet<>();
        manifest.path("sessions").forEach(s -> manifestSessions.add(s.path("session_id").asText()));
        assertThat(manifestSessions).isEqualTo(eventStreams);
        assertThat(manifest.path("export_id").asText()).isEqualTo(result.exportId()).matches("[0-9a-f]{16}");
    }

    @Test
    void theSameFilesGiveTheSameExportId() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            String first = new Exporter(ws, options()).run(dir.resolve("a")).exportId();
            String second = new Exporter(ws, options()).run(dir.resolve("b")).exportId();
            String otherSeed = new Exporter(ws, options().withSeed(8)).run(dir.resolve("c")).exportId();
            assertThat(second).isEqualTo(first);
            assertThat(otherSeed).isNotEqualTo(first);
        }
    }

    @Test
    void eachExportedSessionGetsOneAuditEntryNamingTheExportAndFolder() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            ExportResult result = new Exporter(ws, options().withActor("carol")).run(dir.resolve("out"));
            List<DatasetExports.DatasetExport> entries = DatasetExports.containing(ws.audit(), SESSIONS);
            assertThat(entries).extracting(DatasetExports.DatasetExport::sessionId)
                    .containsExactlyInAnyOrderElementsOf(SESSIONS);
            assertThat(entries).allSatisfy(e -> {
                assertThat(e.exportId()).isEqualTo(result.exportId());
                assertThat(e.actor()).isEqualTo("carol");
                assertThat(e.folderName()).isEqualTo("out");
            });
        }
    }

    @Test
    void withoutAnActorTheAuditNamesTheCurator() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            new Exporter(ws, options()).run(dir.resolve("out"));
            assertThat(DatasetExports.containing(ws.audit(), SESSIONS)).extracting(DatasetExports.DatasetExport::actor)
                    .containsOnly(ExportOptions.DEFAULT_ACTOR);
        }
    }

    @Test
    void anExportThatFailsVerificationIsNotAudited() {
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            new ReviewService(ws, "rita").addTask(Task.draft(SESSIONS.get(0), 0, 1_000,
                    "Type " + ExportFixtures.FLAGGED_TYPING, null, TaskOutcome.SUCCESS));
            ExportResult result = new Exporter(ws, options()).run(dir.resolve("out"));
            assertThat(result.verified()).isFalse();
            assertThat(DatasetExports.containing(ws.audit(), SESSIONS)).isEmpty();
        }
    }

    @Test
    void cancellingAfterTheFirstProgressCallLeavesNoFolderAndNoAudit() {
        List<Double> seen = new ArrayList<>();
        ExportMonitor cancelAfterFirst = new ExportMonitor() {
            @Override
            public void progress(String step, double fraction) {
                seen.add(fraction);
            }

            @Override
            public boolean isCancelled() {
                return !seen.isEmpty();
            }
        };
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            addSessions(ws);
            assertThatThrownBy(() -> new Exporter(ws, options()).run(dir.resolve("out"), cancelAfterFirst))
                    .isInstanceOf(ExportCancelledException.class);
            assertThat(DatasetExports.containing(ws.audit(), SESSIONS)).isEmpty();
        }
        assertThat(seen).hasSize(1);
        assertThat(dir.resolve("out")).doesNotExist();
        assertThat(dir.resolve("out.partial")).doesNotExist();
    }
}
