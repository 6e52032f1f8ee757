package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.ActivityWatchSample;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** {@code import --context} with the bundled sample: the DuckTrack example gains its host's window and AFK spans. */
class ContextCliTest {
    private static final Path SAMPLE = Path.of("sample-sessions", "activitywatch", "aw-buckets-export.json");
    private static final Path DUCKTRACK = Path.of("sample-sessions", "ducktrack-example");

    @TempDir
    Path dir;

    private String ws() {
        return dir.resolve("ws.trailmark").toString();
    }

    private String ducktrackSession() {
        try (Workspace w = Workspace.openExisting(Path.of(ws()))) {
            List<SessionSummary> all = w.sessions().all();
            assertThat(all).hasSize(1);
            return all.get(0).id();
        }
    }

    @Test
    void theSampleExportAddsWindowAndAfkSpansToTheDuckTrackExample() throws Exception {
        CliRun imported = CliRun.of("import", DUCKTRACK.toString(), "--no-scan", "--workspace", ws());
        assertThat(imported.code()).as(imported.err() + imported.out()).isLessThanOrEqualTo(1);
        String id = ducktrackSession();

        CliRun context = CliRun.of("import", "--context", SAMPLE.toString(), "--workspace", ws());

        assertThat(context.code()).as(context.out() + context.err()).isZero();
        assertThat(context.out()).contains("Context from aw-buckets-export.json: 1 session(s) touched")
                .contains(id).contains("span(s) matched no session");
        assertThat(context.out()).doesNotContain("DuckTrack – GitHub").doesNotContain("github.com");
        try (Workspace w = Workspace.openExisting(Path.of(ws()))) {
            List<ContextSpan> spans = w.context().ofSession(id);
            assertThat(spans).extracting(ContextSpan::kind).contains(ContextKind.WINDOW, ContextKind.AFK,
                    ContextKind.WEB);
            assertThat(spans).filteredOn(s -> s.kind() == ContextKind.WINDOW).extracting(ContextSpan::app)
                    .contains("Terminal", "Safari", "OBS");
        }

        CliRun info = CliRun.of("info", id, "--json", "--workspace", ws());
        JsonNode node = new ObjectMapper().readTree(info.out()).path("context");
        assertThat(node.path("capture_host").asText()).startsWith("host-");
        assertThat(node.path("by_kind").path("window").asInt()).isPositive();
        assertThat(node.path("by_kind").path("afk").asInt()).isEqualTo(1);
        assertThat(node.path("sources").get(0).asText()).isEqualTo("aw-buckets-export.json");
        assertThat(info.out()).doesNotContain("DuckTrack – GitHub");

        CliRun again = CliRun.of("import", "--context", SAMPLE.toString(), "--json", "--workspace", ws());
        JsonNode report = new ObjectMapper().readTree(again.out()).get(0);
        assertThat(report.path("sessions").get(0).path("added").path("window").asInt()).isZero();
        assertThat(report.path("sessions").get(0).path("matched").path("window").asInt()).isPositive();
    }

    @Test
    void aRecordingImportedUnderAChosenSubjectStillFindsItsHostsContext() {
        CliRun imported = CliRun.of("import", DUCKTRACK.toString(), "--subject", "subj-dana", "--no-scan",
                "--context", SAMPLE.toString(), "--workspace", ws());

        assertThat(imported.code()).as(imported.out() + imported.err()).isLessThanOrEqualTo(1);
        assertThat(imported.out()).contains("1 session(s) touched");
        try (Workspace w = Workspace.openExisting(Path.of(ws()))) {
            assertThat(w.context().ofSession(ducktrackSession())).isNotEmpty();
        }
    }

    @Test
    void theSampleFolderImportSkipsTheExportWithAHint() {
        CliRun run = CliRun.of("import", "sample-sessions", "--no-scan", "--workspace", ws());

        assertThat(run.out()).contains("activitywatch/aw-buckets-export.json: note: an ActivityWatch export holds no"
                + " input, so it is not a session").contains("trailmark import --context FILE");
        try (Workspace w = Workspace.openExisting(Path.of(ws()))) {
            assertThat(w.sessions().all()).noneMatch(s -> s.sourcePath() != null && s.sourcePath().endsWith("aw-buckets-export.json"));
        }
        CliRun direct = CliRun.of("import", SAMPLE.toString(), "--workspace", ws());
        assertThat(direct.code()).isEqualTo(2);
        assertThat(direct.out()).contains("import --context FILE");
    }

    @Test
    void contextAloneNeedsAWorkspaceAndSomethingToDo() {
        CliRun nothing = CliRun.of("import", "--workspace", ws());
        assertThat(nothing.code()).isEqualTo(2);
        assertThat(nothing.err()).contains("--context FILE");

        CliRun sessionWithoutFile = CliRun.of("import", "--session", "s1", "--workspace", ws());
        assertThat(sessionWithoutFile.code()).isEqualTo(2);
    }

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws Exception {
        Path fresh = dir.resolve("aw.json");
        ActivityWatchSample.write(fresh);

        assertThat(Files.readString(SAMPLE)).as("regenerate with: java -cp target/trailmark.jar"
                + " org.trailmark.generate.ActivityWatchSample " + SAMPLE).isEqualTo(Files.readString(fresh));
    }
}
