package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.trailmark.media.MediaLibraries;
import org.trailmark.media.TimeCodedVideo;
import org.trailmark.media.VideoFrame;

/** The decode worker: its own thread, the newest request wins, and nothing outlives closing. */
class DecodeThreadTest {
    private static final long WAIT_S = 30;
    private static Path folder;
    private static Path video;

    @BeforeAll
    static void writeVideo() throws Exception {
        folder = Files.createTempDirectory("decode-thread");
        video = VideoSession.writeVideo(folder.resolve("recording.mp4"));
    }

    @AfterAll
    static void removeVideo() throws Exception {
        Files.deleteIfExists(video);
        Files.deleteIfExists(folder);
    }

    /** Collects deliveries with the thread that decoded and the one that delivered. */
    private static final class Collected implements FrameWorker.Sink {
        final BlockingQueue<long[]> frames = new LinkedBlockingQueue<>();
        final List<String> failures = new CopyOnWriteArrayList<>();

        @Override
        public void frame(long requestedMs, VideoFrame frame) {
            frames.add(new long[] {requestedMs, TimeCodedVideo.numberOf(frame)});
        }

        @Override
        public void failed(String message) {
            failures.add(message);
        }

        long[] next() throws InterruptedException {
            long[] got = frames.poll(WAIT_S, TimeUnit.SECONDS);
            assertThat(got).as("a frame arrived").isNotNull();
            return got;
        }
    }

    @Test
    void decodesOffTheCallingThreadAndDeliversThroughTheGivenExecutor() throws Exception {
        List<String> decodedOn = new CopyOnWriteArrayList<>();
        Collected sink = new Collected();
        DecodeThread worker = new DecodeThread(video, 0, 0, sink, task -> {
            decodedOn.add(Thread.currentThread().getName());
            task.run();
        }, "decode-test");
        try {
            worker.request(1_000);
            long[] got = sink.next();
            assertThat(got[0]).isEqualTo(1_000);
            assertThat(got[1]).isEqualTo(VideoSession.frameAt(1_000));
            assertThat(decodedOn).containsExactly("decode-test");
        } finally {
            worker.close();
        }
    }

    @Test
    void aNewRequestReplacesTheTimesNotDecodedYet() throws Exception {
        Collected sink = new Collected();
        Object gate = new Object();
        boolean[] open = {false};
        // the first delivery holds the decode thread until the test has queued its requests
        DecodeThread worker = new DecodeThread(video, 0, 0, sink, task -> {
            synchronized (gate) {
                while (!open[0]) {
                    try {
                        gate.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            task.run();
        }, "decode-test");
        try {
            worker.request(100, 200, 300, 400);
            for (long ms = 500; ms <= 5_000; ms += 100) {
                worker.request(ms);
            }
            synchronized (gate) {
                open[0] = true;
                gate.notifyAll();
            }
            int delivered = 1;
            long[] last = sink.next();
            while (last[0] != 5_000) {
                last = sink.next();
                delivered++;
            }
            // at most the frame in hand when the new requests came (the decoder may not even have
            // been open yet), then the newest
            assertThat(delivered).isLessThanOrEqualTo(2);
            assertThat(last[1]).isEqualTo(VideoSession.frameAt(5_000));
            assertThat(sink.frames.poll(200, TimeUnit.MILLISECONDS)).as("the stale times were dropped").isNull();
        } finally {
            worker.close();
        }
    }

    @Test
    void nothingIsDeliveredAfterClosing() throws Exception {
        Collected sink = new Collected();
        List<Runnable> held = new CopyOnWriteArrayList<>();
        DecodeThread worker = new DecodeThread(video, 0, 0, sink, held::add, "decode-test");
        worker.request(1_000);
        while (held.isEmpty()) {
            Thread.onSpinWait();
        }
        worker.close();
        worker.awaitFinished();
        held.forEach(Runnable::run);
        assertThat(sink.frames).isEmpty();
    }

    @Test
    void aDamagedFileIsReportedInPlainWords() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.mp4"), "not a video");
        try {
            Collected sink = new Collected();
            DecodeThread worker = new DecodeThread(broken, 0, 0, sink, Runnable::run, "decode-test");
            worker.awaitFinished();
            assertThat(sink.failures).singleElement().asString().contains("broken.mp4").doesNotContain("Exception");
        } finally {
            Files.delete(broken);
        }
    }

    @Test
    void openingAndClosingFiftySessionsLeavesNoThreadsOrOpenFilesBehind() throws Exception {
        MediaLibraries.load();
        warmUp();
        long filesBefore = openFiles();
        for (int i = 0; i < 50; i++) {
            Collected sink = new Collected();
            DecodeThread worker = new DecodeThread(video, 0, 0, sink, Runnable::run, "decode-leak-" + i);
            worker.request(i * 97L % 5_900);
            sink.next();
            worker.close();
            worker.awaitFinished();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("decode-leak-"));
        assertThat(openFiles()).as("open file descriptors").isLessThanOrEqualTo(filesBefore + 2);
    }

    private static void warmUp() throws Exception {
        Collected sink = new Collected();
        DecodeThread worker = new DecodeThread(video, 0, 0, sink, Runnable::run, "decode-warm");
        worker.request(0);
        sink.next();
        worker.close();
        worker.awaitFinished();
    }

    /** Open file descriptors of this process (Linux); a decoder left open keeps its file open. */
    private static long openFiles() throws IOException {
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
