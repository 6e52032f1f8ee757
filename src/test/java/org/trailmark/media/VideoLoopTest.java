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
    void aSourceThatIsNotAVideoIsRefused() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.mp4"), "not a video");
        assertThatThrownBy(() -> VideoLoop.repeat(text, folder.resolve("out.mp4"), 2))
                .isInstanceOf(MediaException.class).hasMessageContaining("notes.mp4");
        Files.delete(text);
    }
}
