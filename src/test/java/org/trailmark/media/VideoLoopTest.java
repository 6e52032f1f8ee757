package org.trailmark.media;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VideoLoopTest {
    private static final int FPS = 30;
    private static final int FRAMES = 90;
    private static final int TIMES = 4;
    private static Path folder;
    private static Path looped;

    @BeforeContainer
    static void writeVideos() throws Exception {
        folder = Files.createTempDirectory("loop-test");
        Path once = TimeCodedVideo.write(folder.resolve("once.mp4"), 320, 240, FPS, FRAMES, 25,
                VideoEncoder.Codec.MPEG4_WITH_B_FRAMES, null);
        looped = folder.resolve("looped.mp4");
        VideoLoop.repeat(once, looped, TIMES);
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

    @Example
    void theCopyIsTheOriginalTimesOverInLengthAndFrames() throws Exception {
        VideoFacts facts = VideoProbe.probe(looped);
        assertThat(facts.frames()).isEqualTo((long) FRAMES * TIMES);
        assertThat(facts.durationMs()).isBetween(TIMES * 2_990L, TIMES * 3_010L);
        assertThat(facts.width()).isEqualTo(320);
        assertThat(facts.fps()).isEqualTo(30.0, org.assertj.core.data.Offset.offset(0.01));
    }

    @Property(tries = 40)
    void everyPassShowsTheOriginalFramesInOrder(@ForAll @IntRange(min = 0, max = TIMES * 3_000 - 10) int ms)
            throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(looped)) {
            int frameOfLoop = (int) Math.floor(ms * FPS / 1000.0 + 1e-9);
            assertThat(TimeCodedVideo.numberOf(decoder.frameAt(ms))).as("at %d ms", ms)
                    .isEqualTo(frameOfLoop % FRAMES);
        }
    }

    @Example
    void playingThroughTheJoinsShowsEveryFrame() throws Exception {
        try (VideoDecoder decoder = VideoDecoder.open(looped)) {
            for (int frame = 0; frame < FRAMES * TIMES; frame++) {
                long ms = (long) Math.ceil(frame * 1000.0 / FPS);
                assertThat(TimeCodedVideo.numberOf(decoder.frameAt(ms))).as("frame %d", frame)
                        .isEqualTo(frame % FRAMES);
            }
        }
    }

    @Example
    void theRealRecordingRepeatedShowsItsOwnPicturesInTheSecondPass() throws Exception {
        Path recording = Path.of("src", "test", "resources", "agentnet-video", "2024-11-05 18-56-31.mp4");
        Path twice = folder.resolve("real-twice.mp4");
        VideoFacts once = VideoProbe.probe(recording);
        VideoFacts facts = VideoLoop.repeat(recording, twice, 2);
        assertThat(facts.frames()).isEqualTo(once.frames() * 2);
        assertThat(facts.hasAudio()).as("only the video stream is copied").isFalse();
        try (VideoDecoder original = VideoDecoder.open(recording); VideoDecoder looped = VideoDecoder.open(twice)) {
            // The second pass starts one frame interval after the first pass's last frame (this
            // recording dropped a frame, so that is later than frames × interval).
            long lastStart = original.frameAt(Long.MAX_VALUE / 4).mediaMs();
            int firstPicture = java.util.Arrays.hashCode(original.frameAt(0).argb());
            VideoFrame secondStart = looped.frameAt(lastStart + 34 + 15);
            assertThat(java.util.Arrays.hashCode(secondStart.argb())).as("the second pass begins with frame 0")
                    .isEqualTo(firstPicture);
            long shift = secondStart.mediaMs();
            assertThat(shift).isBetween(lastStart + 33, lastStart + 34);
            // mid-frame times: 15 ms after a frame starts, across keyframes (every 250 frames)
            for (int frame : new int[] {0, 1, 249, 250, 251, 1839, 3000, 3677}) {
                long ms = (long) Math.ceil(frame * 1000.0 / 30) + 15;
                VideoFrame first = original.frameAt(ms);
                VideoFrame second = looped.frameAt(shift + first.mediaMs() + 15);
                assertThat(second.mediaMs() - first.mediaMs()).as("frame %d", frame).isBetween(shift - 1, shift + 1);
                assertThat(java.util.Arrays.hashCode(second.argb())).as("pixels of frame %d", frame)
                        .isEqualTo(java.util.Arrays.hashCode(first.argb()));
            }
        }
        Files.delete(twice);
    }

    @Example
    void aSourceThatIsNotAVideoIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "not a video");
        assertThatThrownBy(() -> VideoLoop.repeat(text, folder.resolve("out.mp4"), 2))
                .isInstanceOf(MediaException.class).hasMessageContaining("notes.mp4");
        Files.delete(text);
    }
}
