package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.store.Workspace;

class ExportBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void countsTheEventsOfIncludedSessionsAndRunsBothWays() {
        ExportBenchmark.Result result;
        long events;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addApprovedSession(ws, "s2", "bob");
            events = ws.sessions().loadLog("s1").size() + ws.sessions().loadLog("s2").size();
            result = ExportBenchmark.run(ws, dir.resolve("bench"), 10);
        }
        assertThat(result.events()).isEqualTo(events);
        assertThat(result.baselineEvents()).isEqualTo(10);
        assertThat(result.exportEventsPerSecond()).isPositive();
        assertThat(result.baselineEventsPerSecond()).isPositive();
        assertThat(Files.isRegularFile(dir.resolve("bench/export/manifest.json"))).isTrue();
    }

    @Test
    void byDefaultTheBaselineExportsEveryIncludedEventSoItsFixedCostsAreSpreadLikeTheRealExports() throws Exception {
        ExportBenchmark.Result result;
        long events;
        try (Workspace ws = Workspace.open(dir.resolve("w.db"))) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addApprovedSession(ws, "s2", "bob");
            events = ws.sessions().loadLog("s1").size() + ws.sessions().loadLog("s2").size();
            result = ExportBenchmark.run(ws, dir.resolve("bench"));
        }
        assertThat(result.baselineEvents()).isEqualTo(events);
        try (var written = Files.list(dir.resolve("bench/baseline"))) {
            assertThat(written.count()).isPositive();
        }
    }
}
