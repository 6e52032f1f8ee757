package org.trailmark.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Problem;
import org.trailmark.media.MediaException;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoEncoder;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.store.Workspace;

/** Recorder folders imported with their screen video, in step with the events to the frame. */
class ScreenVideoImportTest {
    private static final Path FIXTURE = Path.of("src/test/resources/agentnet-video");
    private static final int FPS = 10;
    private static final int FRAMES = 100;

    @TempDir
    static Path shared;
    private static Path timeCoded;

    @TempDir
    Path dir;

    @BeforeAll
    static void writeVideo() throws MediaException {
        timeCoded = TimeCodedVideo.write(shared.resolve("screen.mp4"), 320, 240, FPS, FRAMES, 25,
                VideoEncoder.Codec.H264, null);
    }

    private ImportReport importInto(Path workspaceFile, Path input) {
        try (Workspace workspace = Workspace.open(workspaceFile)) {
            return new ImportService(workspace, "tester").importPaths(List.of(input), ImportOptions.defaults(),
                    ImportProgress.NONE);
        }
    }

    private static List<ScreenMedia> mediaOf(Path workspaceFile, String sessionId) {
        try (Workspace workspace = Workspace.openExisting(workspaceFile)) {
            return workspace.media().ofSession(sessionId);
        }
    }

    /**
     * An AgentNet-like folder: events on a perf_counter clock starting at 1000.0 s, the video's first
     * frame at 1000.5 s, a pause from 1003.0 s to 1005.0 s.
     */
    private Path agentNetFolder(String obsTimings, Path video) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("episode"));
        StringBuilder events = new StringBuilder();
        for (int i = 0; i <= 90; i++) {
            events.append(String.format("{\"time_stamp\": %.3f, \"action\": \"move\", \"x\": %d, \"y\": 100}%n",
                    1000.0 + i * 0.1, 10 + i));
        }
        Files.writeString(folder.resolve("events.jsonl"), events);
        Files.writeString(folder.resolve("task_name.json"), "{\"task_name\": \"Move the pointer\"}");
        Files.writeString(folder.resolve("metadata.json"), "{\"system\": \"Windows\", \"node\": \"pc-1\", \"screen_width\": 640,"
                + " \"screen_height\": 480, \"start_time\": \"2024-11-05 18:56:31\","
                + " \"video_start_timestamp\": 1000.5, \"obs_record_state_timings\": " + obsTimings + "}");
        if (video != null) {
            Files.copy(video, folder.resolve("episode.mp4"));
        }
        return folder;
    }

    private static final String WITH_PAUSE = "{\"OBS_WEBSOCKET_OUTPUT_STARTED\": [1000.6],"
            + " \"OBS_WEBSOCKET_OUTPUT_PAUSED\": [1003.0], \"OBS_WEBSOCKET_OUTPUT_RESUMED\": [1005.0],"
            + " \"OBS_WEBSOCKET_OUTPUT_STOPPING\": [1020.0]}";

    @Test
    void theFrameAtEachSessionTimeIsTheOneRecordedThenAndPausesHaveNoPicture() throws Exception {
        Path folder = agentNetFolder(WITH_PAUSE, timeCoded);
        Path workspaceFile = dir.resolve("w.trailmark");

        ImportReport report = importInto(workspaceFile, folder);

        assertThat(report.exitCode()).isEqualTo(ImportReport.OK);
        String id = report.sessions().get(0).sessionId();
        ScreenMedia video = mediaOf(workspaceFile, id).get(0);
        assertThat(video.kind()).isEqualTo(MediaKind.VIDEO);
        assertThat(video.capturedArea()).isEqualTo(new ScreenRegion(0, 0, 640, 480));
        assertThat(video.startMs()).isEqualTo(500);
        // Recorded before the pause: session time T shows frame (T - 500 ms) * 10 fps
        // After it: the video went on from 2500 ms of its own time at session 5000 ms.
        int[][] expected = {{500, 0}, {1234, 7}, {2999, 24}, {5000, 25}, {5050, 25}, {7777, 52}, {10_450, 79}};
        try (Workspace workspace = Workspace.openExisting(workspaceFile);
             VideoDecoder decoder = VideoDecoder.open(workspace.media().file(video.sha256()).orElseThrow())) {
            for (int[] sessionAndFrame : expected) {
                long mediaMs = video.videoMsAt(sessionAndFrame[0]);
                assertThat(TimeCodedVideo.numberOf(decoder.frameAt(mediaMs))).as("frame at %d ms", sessionAndFrame[0])
                        .isEqualTo(sessionAndFrame[1]);
            }
        }
        for (int paused : new int[] {3000, 4000, 4999, 499, 15_000}) {
            assertThat(video.videoMsAt(paused)).as("no picture at %d ms", paused).isEqualTo(-1);
        }
    }

    @Test
    void theRealAgentNetEpisodeCarriesItsVideoFromTheTimeTheMetadataImplies() throws IOException {
        Path workspaceFile = dir.resolve("w.trailmark");
        JsonNode metadata = new ObjectMapper().readTree(FIXTURE.resolve("metadata.json").toFile());
        JsonNode firstEvent;
        try (Stream<String> lines = Files.lines(FIXTURE.resolve("events.jsonl"))) {
            firstEvent = new ObjectMapper().readTree(lines.findFirst().orElseThrow());
        }
        long impliedStart = Math.round((metadata.get("video_start_timestamp").doubleValue()
                - firstEvent.get("time_stamp").doubleValue()) * 1000);

        ImportReport report = importInto(workspaceFile, FIXTURE);

        ScreenMedia video = mediaOf(workspaceFile, report.sessions().get(0).sessionId()).get(0);
        assertThat(video.width()).isEqualTo(1276);
        assertThat(video.height()).isEqualTo(718);
        assertThat(video.fps()).isEqualTo(30.0);
        assertThat(video.frames()).isEqualTo(3678);
        assertThat(video.startMs()).isEqualTo((int) impliedStart).isEqualTo(-6224);
        assertThat(video.segments()).singleElement().satisfies(s -> assertThat(s.mediaStartMs()).isZero());
        assertThat(video.capturedArea()).isEqualTo(new ScreenRegion(0, 0, 1366, 768));
        assertThat(video.sourceName()).isEqualTo("2024-11-05 18-56-31.mp4");
        assertThat(report.problems()).filteredOn(Problem::isNote).extracting(p -> p.file().getFileName() + ": " + p.reason())
                .contains("reduced_events_complete.jsonl: not used by Trailmark",
                        "2024-11-05 18-56-31.mp4: sound not imported (only the pictures of the screen video are kept)");
        assertThat(report.problems()).noneMatch(p -> !p.isNote() && p.file() != null
                && p.file().getFileName().toString().endsWith(".mp4"));
    }

    @Test
    void aDamagedVideoIsAWarningNamingItAndTheEventsAreStillImported() throws IOException {
        Path damaged = Files.write(dir.resolve("damaged.mp4"), new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 1, 2, 3});
        Path folder = agentNetFolder(WITH_PAUSE, damaged);
        Path workspaceFile = dir.resolve("w.trailmark");

        ImportReport report = importInto(workspaceFile, folder);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.exitCode()).isEqualTo(ImportReport.WITH_WARNINGS);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.file().getFileName().toString()).isEqualTo("episode.mp4");
            assertThat(p.reason()).contains("cannot be played").contains("events are imported without it");
        });
        assertThat(mediaOf(workspaceFile, report.sessions().get(0).sessionId())).isEmpty();
        assertThat(storedFiles(workspaceFile)).isEmpty();
    }

    @Test
    void aVideoWhoseFirstFrameTheMetadataDoesNotTimeIsNamedAndNotUsed() throws IOException {
        Path folder = agentNetFolder("{}", timeCoded);
        String metadata = Files.readString(folder.resolve("metadata.json")).replace("\"video_start_timestamp\": 1000.5,", "");
        Files.writeString(folder.resolve("metadata.json"), metadata);
        Path workspaceFile = dir.resolve("w.trailmark");

        ImportReport report = importInto(workspaceFile, folder);

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.problems()).anySatisfy(p -> {
            assertThat(p.isNote()).isTrue();
            assertThat(p.file().getFileName().toString()).isEqualTo("episode.mp4");
            assertThat(p.reason()).contains("not used").contains("video_start_timestamp");
        });
        assertThat(mediaOf(workspaceFile, report.sessions().get(0).sessionId())).isEmpty();
    }

    @Test
    void importingTheSameRecordingTwiceKeepsOneFile() throws IOException {
        Path folder = agentNetFolder(WITH_PAUSE, timeCoded);
        Path workspaceFile = dir.resolve("w.trailmark");

        importInto(workspaceFile, folder);
        ImportReport again = importInto(workspaceFile, folder);

        assertThat(again.alreadyPresent()).isEqualTo(1);
        assertThat(storedFiles(workspaceFile)).hasSize(1);
    }

    static List<Path> storedFiles(Path workspaceFile) throws IOException {
        Path media = workspaceFile.resolveSibling(workspaceFile.getFileName() + ".media");
        if (!Files.isDirectory(media)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(media)) {
            return files.toList();
        }
    }
}
