package org.trailmark.ui.player;

import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import org.trailmark.media.MediaException;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFrame;

/**
 * A {@link FrameWorker} with a thread of its own that owns the video's decoder from opening to
 * closing. Requests wait in a single slot: a new one overwrites what is left of the old, so the
 * thread always works on the newest wish and a seek during playback or a fast drag never queues
 * up stale frames. Each decoded frame is handed to the deliver executor (the JavaFX thread in the
 * studio), even when a newer request came meanwhile: it is still nearer the clock than the picture
 * on show. Nothing is delivered after {@link #close()}.
 */
final class DecodeThread implements FrameWorker {
    private static final System.Logger LOG = System.getLogger(DecodeThread.class.getName());

    private final Path video;
    private final int width;
    private final int height;
    private final FrameWorker.Sink sink;
    private final Executor deliver;
    private final Thread thread;
    private final Object lock = new Object();
    /** The times still to decode, from {@link #next} on; replaced whole by each request. */
    private long[] wanted;
    private int next;
    private boolean closed;

    DecodeThread(Path video, int width, int height, FrameWorker.Sink sink, Executor deliver, String name) {
        this.video = video;
        this.width = width;
        this.height = height;
        this.sink = sink;
        this.deliver = deliver;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void request(long... mediaMs) {
        synchronized (lock) {
            wanted = mediaMs.clone();
            next = 0;
            lock.notifyAll();
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            wanted = null;
            lock.notifyAll();
        }
    }

    /** Whether the decode thread has ended (after {@link #close()} it ends once its current frame is done). */
    boolean isFinished() {
        return !thread.isAlive();
    }

    /** Waits for the thread to end after {@link #close()}; for tests. */
    void awaitFinished() throws InterruptedException {
        thread.join();
    }

    private void run() {
        VideoDecoder decoder = null;
        try {
            decoder = VideoDecoder.open(video, width, height);
            while (true) {
                long ms;
                synchronized (lock) {
                    while (!closed && (wanted == null || next >= wanted.length)) {
                        lock.wait();
                    }
                    if (closed) {
                        return;
                    }
                    ms = wanted[next++];
                }
                VideoFrame frame = decoder.frameAt(ms);
                deliver.execute(() -> {
                    if (!isClosed()) {
                        sink.frame(ms, frame);
                    }
                });
            }
        } catch (MediaException e) {
            // the message names the file and the problem, never picture content
            LOG.log(Level.WARNING, "video decoding stopped: " + e.getMessage());
            String message = e.getMessage();
            deliver.execute(() -> {
                if (!isClosed()) {
                    sink.failed(message);
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (decoder != null) {
                decoder.close();
            }
        }
    }

    private boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }
}
