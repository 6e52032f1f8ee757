package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/** The studio's first run seeds the bundled samples, the AgentNet episode with its video among them. */
class SampleSessionsMediaTest {
    @TempDir
    Path dir;

    @Test
    void seedingImportsTheAgentNetSampleWithItsVideoAndTheOpenAdaptSampleWithItsStills() {
        Path samples = SampleSessions.locate().orElseThrow();
        assertThat(SampleSessions.inputs(samples)).extracting(p -> p.getFileName().toString())
                .contains("agentnet-display-settings", "ducktrack-example", "openadapt-do-not-disturb");

        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            ImportReport report = SampleSessions.seedIfEmpty(workspace, ImportProgress.NONE).orElseThrow();

            // every input is one session but activitywatch/, an export that only adds context (noted, skipped)
            assertThat(report.imported()).isEqualTo(SampleSessions.inputs(samples).stream()
                    .filter(p -> !p.getFileName().toString().equals("activitywatch")).count());
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.isNote()).isTrue();
                assertThat(p.reason()).contains("import --context");
            });
            SessionSummary agentNet = workspace.sessions().all().stream()
                    .filter(s -> s.info().sourceFormat().equals("agentnet")).findFirst().orElseThrow();
            List<ScreenMedia> media = workspace.media().ofSession(agentNet.id());
            assertThat(media).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MediaKind.VIDEO);
                assertThat(m.frames()).isEqualTo(3678);
                assertThat(workspace.media().file(m.sha256())).isPresent();
            });
            SessionSummary openAdapt = workspace.sessions().all().stream()
                    .filter(s -> s.info().sourceFormat().equals("openadapt")).findFirst().orElseThrow();
            assertThat(workspace.media().ofSession(openAdapt.id())).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo(MediaKind.IMAGES);
                assertThat(m.stills()).hasSize(4)
                        .allSatisfy(still -> assertThat(workspace.media().file(still.sha256())).isPresent());
            });
            assertThat(workspace.sessions().all()).filteredOn(s -> !s.id().equals(agentNet.id()) && !s.id().equals(openAdapt.id()))
                    .allSatisfy(s -> assertThat(workspace.media().ofSession(s.id())).isEmpty());
        }
    }
}
