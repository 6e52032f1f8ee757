package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCheckCliTest {
    private static final Path RECORDING = Path.of("src", "test", "resources", "agentnet-video",
            "2024-11-05 18-56-31.mp4");

    @TempDir
    Path dir;

    @Test
    void decodesTheRealRecordingAtTheTimesAskedAndNamesFfmpegsLicence() throws Exception {
        CliRun run = CliRun.of("media-check", RECORDING.toString(), "--at", "0,61300,122000", "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("codec").asText()).isEqualTo("h264");
        assertThat(root.path("width").asInt()).isEqualTo(1276);
        assertThat(root.path("height").asInt()).isEqualTo(718);
        assertThat(root.path("licence").asText()).startsWith("LGPL");
        JsonNode decoded = root.path("decoded");
        assertThat(decoded.size()).isEqualTo(3);
        // 30 fps: the frame shown at 61,300 ms is frame 1839, which starts at 61,300 ms (rounded up)
        assertThat(decoded.get(1).path("frame_starts_ms").asLong()).isEqualTo(61_300);
        assertThat(decoded.get(2).path("frame_starts_ms").asLong()).isBetween(121_967L, 122_000L);
        assertThat(decoded.get(0).path("width").asInt()).isEqualTo(1276);
    }

    @Test
    void aFileThatIsNotAVideoIsAOneLineError() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video");
        CliRun run = CliRun.of("media-check", text.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("notes.mp4").doesNotContain("Exception");
    }
}
