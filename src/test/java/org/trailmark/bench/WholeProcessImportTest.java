package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child processes on a small recording, without Python and in the AgentNet layout (the DuckTrack
 * layout with Python runs in {@code BenchJsonTest}): figures are present and consistent, never compared
 * with speeds. One test, because every run starts JVMs.
 */
class WholeProcessImportTest {
    @TempDir
    Path dir;

    @Test
    void withoutPythonTrailmarkIsStillMeasuredUnderTheLayoutsKeysAndThePythonFiguresSayWhyNot() throws Exception {
        StringWriter log = new StringWriter();
        Map<String, Figure> figures = byKey(new WholeProcessImport(1000, 1, null, dir, new PrintWriter(log), "_small",
                true).run());

        assertThat(figures).containsOnlyKeys("import_agentnet_events_per_s_small", "import_agentnet_wall_s_small",
                "import_peak_rss_mib_agentnet_small", "import_agentnet_cpu_s_small",
                "baseline_python_import_wall_s_agentnet_small", "baseline_python_peak_rss_mib_agentnet_small",
                "import_agentnet_vs_python_small");
        assertThat(figures.get("import_agentnet_wall_s_small").measured()).isTrue();
        assertThat(figures.get("import_peak_rss_mib_agentnet_small").value()).isGreaterThan(10);
        for (String key : List.of("baseline_python_import_wall_s_agentnet_small",
                "baseline_python_peak_rss_mib_agentnet_small", "import_agentnet_vs_python_small")) {
            assertThat(figures.get(key).measured()).as(key).isFalse();
            assertThat(figures.get(key).meetsTarget()).as(key).isFalse();
            assertThat(figures.get(key).note()).as(key).contains("no Python interpreter");
        }
        // the rate is the recording's events over the median wall time (the generator's focus events have no
        // DuckTrack line, so the recording holds a few fewer than asked)
        double events = figures.get("import_agentnet_events_per_s_small").value()
                * figures.get("import_agentnet_wall_s_small").value();
        assertThat(events).isCloseTo(Math.rint(events), Offset.offset(1e-6)).isBetween(900.0, 1000.0);
        assertThat(log.toString()).contains("session generator").contains("AgentNet events").contains("untimed run")
                .contains("run 1 of 1").doesNotContain("python 0");
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left.toList()).as("recording and workspace removed").isEmpty();
        }
    }

    private static Map<String, Figure> byKey(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::key, Function.identity()));
    }
}
