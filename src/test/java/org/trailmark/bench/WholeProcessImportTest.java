package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real child processes on a small recording: figures are present and sane, never compared with numbers. */
class WholeProcessImportTest {
    @TempDir
    Path dir;

    @Test
    void importsInAChildBesideThePythonBaselineAndMeasuresBothFromOutside() throws Exception {
        String python = BaselineScripts.findPython(null).orElse(null);
        assumeTrue(python != null, "python3 on PATH");
        StringWriter log = new StringWriter();
        Map<String, Figure> figures = byKey(new WholeProcessImport(1000, 1, python, dir, new PrintWriter(log), "")
                .run());

        assertThat(figures).containsOnlyKeys("import_ducktrack_events_per_s", "import_ducktrack_wall_s",
                "import_peak_rss_mib", "baseline_python_import_wall_s", "baseline_python_peak_rss_mib",
                "import_ducktrack_vs_python");
        figures.values().forEach(f -> assertThat(f.measured()).as(f.key()).isTrue());
        assertThat(figures.get("import_ducktrack_events_per_s").value())
                .isEqualTo(1000 / figures.get("import_ducktrack_wall_s").value(), org.assertj.core.data.Offset.offset(1e-6));
        assertThat(figures.get("import_ducktrack_vs_python").value()).isEqualTo(
                figures.get("baseline_python_import_wall_s").value() / figures.get("import_ducktrack_wall_s").value());
        assertThat(figures.get("import_peak_rss_mib").value()).as("a JVM is bigger than 10 MiB").isGreaterThan(10);
        assertThat(figures.get("import_peak_rss_mib").target()).isEqualTo(150);
        assertThat(figures.get("import_ducktrack_vs_python").target()).isEqualTo(8);
        assertThat(figures.get("import_ducktrack_wall_s").note()).contains("post-import scan included");
        assertThat(log.toString()).contains("make_r1.py").contains("untimed run").contains("run 1 of 1")
                .contains("python");
        try (var left = Files.list(dir)) {
            assertThat(left.toList()).as("recording, workspace and database removed").isEmpty();
        }
    }

    @Test
    void withoutPythonTrailmarkIsStillMeasuredAndThePythonFiguresSayWhyNot() throws Exception {
        StringWriter log = new StringWriter();
        Map<String, Figure> figures = byKey(new WholeProcessImport(1000, 1, null, dir, new PrintWriter(log), "_small")
                .run());

        assertThat(figures.get("import_ducktrack_wall_s_small").measured()).isTrue();
        assertThat(figures.get("import_peak_rss_mib_small").value()).isGreaterThan(10);
        for (String key : List.of("baseline_python_import_wall_s_small", "baseline_python_peak_rss_mib_small",
                "import_ducktrack_vs_python_small")) {
            assertThat(figures.get(key).measured()).as(key).isFalse();
            assertThat(figures.get(key).meetsTarget()).as(key).isFalse();
            assertThat(figures.get(key).note()).as(key).contains("no Python interpreter");
        }
        assertThat(log.toString()).contains("session generator").doesNotContain("python 0");
    }

    private static Map<String, Figure> byKey(List<Figure> figures) {
        return figures.stream().collect(Collectors.toMap(Figure::key, Function.identity()));
    }
}
