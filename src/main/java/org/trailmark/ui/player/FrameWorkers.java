package org.trailmark.ui.player;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.trailmark.media.MediaException;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFrame;

/**
 * Makes the {@link FrameWorker}s of open sessions. The studio's decode on a thread of their own per
 * video (a {@link VideoDecoder} is not thread-safe, and decoding never runs on the JavaFX thread)
 * and deliver on the JavaFX thread; tests may decode on the caller.
 */
@FunctionalInterface
public interface FrameWorkers {

    /**
     * Opens a worker on a video; frames come out at {@code width × height} (0, 0 for the video's own
     * size). Opening the decoder happens on the worker, so this returns at once.
     */
    FrameWorker open(Path video, int width, int height, FrameWorker.Sink sink);

    /** One daemon decode thread per video, delivering on the JavaFX thread. */
    static FrameWorkers studio() {
        return threaded(Platform::runLater);
    }

    /** One daemon decode thread per video, delivering through {@code deliver}. */
    static FrameWorkers threaded(Executor deliver) {
        AtomicInteger count = new AtomicInteger();
        return (video, width, height, sink) -> new DecodeThread(video, width, height, sink, deliver,
                "trailmark-decode-" + count.incrementAndGet());
    }

    /** Decodes on the caller as each request is made: for tests that check frames without waiting. */
    static FrameWorkers sameThread() {
        return (video, width, height, sink) -> new FrameWorker() {
            private VideoDecoder decoder;
            private boolean broken;

            @Override
            public void request(long... mediaMs) {
                if (broken) {
                    return;
                }
                try {
                    if (decoder == null) {
                        decoder = VideoDecoder.open(video, width, height);
                    }
                    for (long ms : mediaMs) {
                        VideoFrame frame = decoder.frameAt(ms);
                        sink.frame(ms, frame);
                    }
                } catch (MediaException e) {
                    broken = true;
                    sink.failed(e.getMessage());
                }
            }

            @Override
            public void close() {
                if (decoder != null) {
                    decoder.close();
                    decoder = null;
                }
            }
        };
    }
}
