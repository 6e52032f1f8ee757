package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.cli.Cli;

/** Shape only: the figures are measured by hand on a quiet machine, never asserted in a test. */
class BenchJsonTest {
    @TempDir
    Path dir;

    @Test
    void benchJsonReportsExportThroughputBesideItsNaiveBaseline() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "--json", "--no-video", "--events", "2000", "--rounds", "1",
            "--import-events", "1000", "--import-runs", "1", "--work", dir.toString()}, new PrintWriter(out),
            new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.has("export_events_per_s")).isTrue();
        assertThat(root.has("export_naive_events_per_s")).isTrue();
        assertThat(root.path("export_events_per_s").path("target").asDouble()).isEqualTo(1_000_000);
        assertThat(root.path("export_events_per_s").path("unit").asText()).isEqualTo("events/s");
        assertThat(root.path("export_events_per_s").path("value").asDouble()).isPositive();
        assertThat(root.path("export_observations_per_s").path("unit").asText()).isEqualTo("frames/s");
        assertThat(root.path("export_observations_per_s").path("target").asDouble()).isEqualTo(50);
        assertThat(root.path("export_observations_per_s").path("value").asDouble()).isPositive();
        assertThat(root.path("export_observations_naive_per_s").path("value").asDouble()).isPositive();
        assertThat(root.has("video_seek_p99_ms")).as("--no-video").isFalse();
        // the whole-process import, measured from outside the child JVM, and how
        assertThat(root.path("import_ducktrack_events_per_s").path("value").asDouble()).isPositive();
        assertThat(root.path("import_peak_rss_mib").path("target").asDouble()).isEqualTo(150);
        assertThat(root.path("import_peak_rss_mib").path("measured_by").asText()).contains("import, default options");
        assertThat(root.path("import_ducktrack_vs_python").path("target").asDouble()).isEqualTo(8);
        assertThat(root.path("import_ducktrack_cpu_s").path("unit").asText()).isEqualTo("s");
        if (BaselineScripts.findPython(null).isPresent()) {
            assertThat(root.path("import_ducktrack_vs_python").path("value").asDouble()).isPositive();
            assertThat(root.path("baseline_python_peak_rss_mib").path("measured_by").asText())
                    .contains("baseline_import.py");
        } else {
            assertThat(root.path("import_ducktrack_vs_python").path("not_measured").asText()).contains("no Python");
        }
        assertThat(dir.resolve("whole-process-import")).as("recording, workspaces and database removed").doesNotExist();
        // the first open in a fresh JVM as its own figure
        assertThat(root.path("open_cold_ms").path("target").asDouble()).isEqualTo(300);
        assertThat(root.path("open_cold_ms").path("value").asDouble()).isPositive();
        assertThat(root.path("open_cold_ms").path("baseline").asDouble()).isPositive();
        // the machine and its load beside the figures
        assertThat(root.path("machine").path("cores").asInt()).isPositive();
        assertThat(root.path("machine").path("load_average_1min").has("median")).isTrue();
        // bench removes its own temporary folder at the end, which fails on anything left behind
        assertThat(dir.resolve("observations")).doesNotExist();
        assertThat(dir.resolve("observations-naive")).doesNotExist();
    }

    @Test
    void benchJsonReportsScreenVideoFiguresBesideTheirNaiveBaselines() throws Exception {
        Path recording = Path.of("src", "test", "resources", "agentnet-video", "2024-11-05 18-56-31.mp4");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new String[] {"bench", "--json", "--video-only", "--video", recording.toString(),
            "--video-minutes", "3", "--rounds", "1", "--work", dir.toString()}, new PrintWriter(out),
            new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.path("video_open_ms").path("target").asDouble()).isEqualTo(300);
        assertThat(root.path("video_seek_p99_ms").path("target").asDouble()).isEqualTo(100);
        assertThat(root.path("video_memory_growth_mb").path("unit").asText()).isEqualTo("MB");
        for (String key : new String[] {"video_open_ms", "video_seek_p99_ms", "video_seek_p50_ms"}) {
            assertThat(root.path(key).path("value").asDouble()).as(key).isPositive();
            assertThat(root.path(key).path("baseline").asDouble()).as(key).isPositive();
        }
        assertThat(root.has("media_library_load_ms")).isTrue();
        assertThat(root.has("import_events_per_s")).as("--video-only measures nothing else").isFalse();
        assertThat(root.has("import_ducktrack_wall_s")).as("--video-only measures nothing else").isFalse();
        assertThat(err.toString()).contains("repeated 2 times");
        try (var left = java.nio.file.Files.list(dir)) {
            assertThat(left.toList()).as("scratch files removed").isEmpty();
        }
    }
}
