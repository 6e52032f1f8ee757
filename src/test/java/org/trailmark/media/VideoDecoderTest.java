package org.trailmark.media;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoDecoderTest {
    private static final int FPS = 30;
    private static final int FRAMES = 300;
    private static Path folder;
    private static Path h264;
    private static Path bFrames;

    @BeforeContainer
    static void writeVideos() throws Exception {
        folder = Files.createTempDirectory("decoder-test");
        h264 = TimeCodedVideo.write(folder.resolve("h264.mp4"), 320, 240, FPS, FRAMES, 45,
                VideoEncoder.Codec.H264, i -> new int[] {40 + i % 200, 60 + (i * 3) % 150});
        bFrames = TimeCodedVideo.write(folder.resolve("bframes.mp4"), 320, 240, FPS, FRAMES, 45,
                VideoEncoder.Codec.MPEG4_WITH_B_FRAMES, null);
    }

    @AfterContainer
    static void removeVideos() throws Exception {
        try (var files = Files.list(folder)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(folder);
    }

    @Property(tries = 60)
    void aSeekShowsExactlyTheFrameOnScreenAtThatTime(@ForAll @IntRange(min = 0, max = 9_990) int ms,
                                                     @ForAll boolean withBFrames) throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(withBFrames ? bFrames : h264)) {
            VideoFrame frame = decoder.frameAt(ms);
            assertThat(TimeCodedVideo.numberOf(frame)).isEqualTo(expectedFrame(ms));
        }
    }

    @Property(tries = 15)
    void jumpingAroundInOneDecoderStaysExact(@ForAll List<@IntRange(min = 0, max = 9_990) Integer> times,
                                             @ForAll boolean withBFrames) throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(withBFrames ? bFrames : h264)) {
            for (int ms : times) {
                assertThat(TimeCodedVideo.numberOf(decoder.frameAt(ms))).as("at %d ms", ms)
                        .isEqualTo(expectedFrame(ms));
            }
        }
    }

    @net.jqwik.api.Example
    void playingForwardAtAnySpeedShowsEachFrameInItsTurn() throws Exception {
        for (Path video : List.of(h264, bFrames)) {
            for (int step : new int[] {16, 33, 50, 133}) {
                try (VideoDecoder decoder = VideoDecoder.open(video)) {
                    for (int ms = 0; ms < 9_990; ms += step) {
                        assertThat(TimeCodedVideo.numberOf(decoder.frameAt(ms))).as("%s at %d ms", video, ms)
                                .isEqualTo(expectedFrame(ms));
                    }
                }
            }
        }
    }

    @net.jqwik.api.Example
    void timesOutsideTheVideoShowItsFirstOrLastFrame() throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(h264)) {
            assertThat(TimeCodedVideo.numberOf(decoder.frameAt(60_000))).isEqualTo(FRAMES - 1);
            assertThat(TimeCodedVideo.numberOf(decoder.frameAt(-5))).isZero();
            assertThat(TimeCodedVideo.numberOf(decoder.frameAt(Long.MAX_VALUE))).isEqualTo(FRAMES - 1);
            assertThat(TimeCodedVideo.numberOf(decoder.frameAt(Long.MAX_VALUE / 4))).isEqualTo(FRAMES - 1);
        }
    }

    @net.jqwik.api.Example
    void thePointerMarkerComesOutWhereItWasDrawn() throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(h264)) {
            double[] centre = TimeCodedVideo.markerCentre(decoder.frameAt(4_000));
            int frame = expectedFrame(4_000);
            assertThat(centre[0]).isCloseTo(40 + frame % 200, org.assertj.core.data.Offset.offset(1.5));
            assertThat(centre[1]).isCloseTo(60 + (frame * 3) % 150, org.assertj.core.data.Offset.offset(1.5));
        }
    }

    @net.jqwik.api.Example
    void factsComeFromTheContainer() throws Exception {
        VideoFacts facts = VideoProbe.probe(h264);
        assertThat(facts.width()).isEqualTo(320);
        assertThat(facts.height()).isEqualTo(240);
        assertThat(facts.fps()).isCloseTo(30.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(facts.frames()).isEqualTo(FRAMES);
        assertThat(facts.durationMs()).isBetween(9_990L, 10_010L);
        assertThat(facts.codec()).isEqualTo("h264");
    }

    @net.jqwik.api.Example
    void aFileThatIsNotAVideoIsRefusedInWords() throws Exception {
        Path dir = folder;
        Path text = Files.writeString(dir.resolve("notes.mp4"), "hello, this is not a video");
        assertThatThrownBy(() -> VideoProbe.probe(text)).isInstanceOf(MediaException.class)
                .hasMessageContaining("notes.mp4");
        Files.delete(text);
        assertThatThrownBy(() -> VideoProbe.probe(dir.resolve("missing.mp4"))).isInstanceOf(MediaException.class)
                .hasMessageContaining("no such video file");
    }

    /**
     * The real OBS recording (H.264 High profile, B-frames, 250-frame GOPs): a seek must give exactly
     * the picture that playing from the start shows at that time, pixel for pixel.
     */
    @Property(tries = 12)
    void onTheRealRecordingASeekShowsThePicturePlaybackShows(
            @ForAll @IntRange(min = 0, max = REAL_SPAN_MS - 1) int ms) throws Exception {
        RealPlayback playback = realPlayback();
        try (VideoDecoder decoder = VideoDecoder.open(REAL_RECORDING)) {
            VideoFrame frame = decoder.frameAt(ms);
            assertThat(frame.mediaMs()).as("start of the frame at %d ms", ms).isEqualTo(playback.startAt(ms));
            assertThat(java.util.Arrays.hashCode(frame.argb())).as("pixels at %d ms", ms)
                    .isEqualTo(playback.hashAt(ms));
        }
    }

    @net.jqwik.api.Example
    void onTheRealRecordingJumpingBackAndForthStaysExact() throws Exception {
        RealPlayback playback = realPlayback();
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        try (VideoDecoder decoder = VideoDecoder.open(REAL_RECORDING)) {
            for (int i = 0; i < 30; i++) {
                int ms = random.nextInt(REAL_SPAN_MS);
                VideoFrame frame = decoder.frameAt(ms);
                assertThat(frame.mediaMs()).as("start of the frame at %d ms", ms).isEqualTo(playback.startAt(ms));
                assertThat(java.util.Arrays.hashCode(frame.argb())).as("pixels at %d ms", ms)
                        .isEqualTo(playback.hashAt(ms));
            }
        }
    }

    private static final Path REAL_RECORDING = Path.of("src", "test", "resources", "agentnet-video",
            "2024-11-05 18-56-31.mp4");
    /** Three keyframes' worth (the fixture's GOP is 250 frames, 8.3 s). */
    private static final int REAL_SPAN_MS = 20_000;
    private static RealPlayback realPlayback;

    /** Every frame's start and pixel hash over the first REAL_SPAN_MS, played forward from the start. */
    private static synchronized RealPlayback realPlayback() throws MediaException {
        if (realPlayback == null) {
            java.util.List<Long> starts = new java.util.ArrayList<>();
            java.util.List<Integer> hashes = new java.util.ArrayList<>();
            try (VideoDecoder decoder = VideoDecoder.open(REAL_RECORDING)) {
                for (int ms = 0; ms < REAL_SPAN_MS; ms++) {
                    VideoFrame frame = decoder.frameAt(ms);
                    if (starts.isEmpty() || starts.get(starts.size() - 1) != frame.mediaMs()) {
                        starts.add(frame.mediaMs());
                        hashes.add(java.util.Arrays.hashCode(frame.argb()));
                    }
                }
            }
            realPlayback = new RealPlayback(starts, hashes);
        }
        return realPlayback;
    }

    private record RealPlayback(java.util.List<Long> starts, java.util.List<Integer> hashes) {
        int indexAt(int ms) {
            int found = 0;
            for (int i = 0; i < starts.size() && starts.get(i) <= ms; i++) {
                found = i;
            }
            return found;
        }

        long startAt(int ms) {
            return starts.get(indexAt(ms));
        }

        int hashAt(int ms) {
            return hashes.get(indexAt(ms));
        }
    }

    private static int expectedFrame(int ms) {
        return Math.min(FRAMES - 1, (int) Math.floor(ms * FPS / 1000.0 + 1e-9));
    }
}
