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
        int code = Cli.run(new String[] {"bench", "--json", "--events", "2000", "--rounds", "1", "--work",
            dir.toString()}, new PrintWriter(out), new PrintWriter(err));
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
    }
}
