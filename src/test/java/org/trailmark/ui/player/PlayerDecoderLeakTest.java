package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trailmark.media.MediaLibraries;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/**
 * Opening and closing fifty sessions with video in the player, decoding on real threads, leaves
 * no decode thread and no open file behind (a decoder left open keeps its file open).
 */
class PlayerDecoderLeakTest {
    private static Path folder;
    private static Path video;

    @BeforeAll
    static void writeVideo() throws Exception {
        folder = Files.createTempDirectory("player-leak");
        video = VideoSession.writeVideo(folder.resolve("recording.mp4"));
    }

    @AfterAll
    static void removeVideo() throws Exception {
        Files.deleteIfExists(video);
        Files.deleteIfExists(folder);
    }

    @Test
    void fiftySessionsOpenedAndClosedLeaveNothingBehind() throws Exception {
        MediaLibraries.load();
        // frames are decoded on the workers' threads and then dropped: this is about what stays open
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor(), FrameWorkers.threaded(task -> { }));
        MediaFile media = new MediaFile(VideoSession.media("x"), video);
        cycle(model, media, 0); // the first one loads what stays loaded for good (libraries, fonts)
        awaitNoDecodeThreads();
        long filesBefore = openFiles();
        for (int i = 1; i <= 50; i++) {
            cycle(model, media, i);
        }
        awaitNoDecodeThreads();
        assertThat(openFiles()).as("open file descriptors").isLessThanOrEqualTo(filesBefore + 2);
    }

    private static void cycle(PlayerViewModel model, MediaFile media, int i) {
        model.open(VideoSession.INFO, VideoSession.log(), List.of(media));
        model.setPictureMasks(PictureMasks.NONE);
        model.timeline().trackWidthProperty().set(800);
        model.seek(2_000 + (i * 131) % 8_000);
        model.close();
    }

    private static void awaitNoDecodeThreads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (decodeThreads() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(decodeThreads()).as("decode threads still running after their sessions closed").isZero();
    }

    private static long decodeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("trailmark-decode-")).count();
    }

    private static long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
