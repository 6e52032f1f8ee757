package org.trailmark.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.trailmark.media.MediaException;
import org.trailmark.media.PngEncoder;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFrame;
import org.trailmark.model.MediaKind;
import org.trailmark.model.ScreenMedia;

/**
 * Writes observation pictures: decodes them in time order on the calling thread, one decoder per
 * video (reading forward is cheap, seeking is not), burns each picture's mask in and hands it to
 * {@link #ENCODER_THREADS} threads that encode PNGs and write the files. At most a few pictures are in
 * flight, so memory does not grow with the number of steps.
 */
public final class ObservationWriter implements AutoCloseable {
    static final int ENCODER_THREADS = 2;
    private static final int IN_FLIGHT = ENCODER_THREADS * 2;

    private final Path root;
    private final ScreenMasking masking;
    private final ExecutorService encoders;
    private final ThreadLocal<PngEncoder> encoder = ThreadLocal.withInitial(PngEncoder::new);
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);

    /** @param root the folder the requests' file names are relative to */
    public ObservationWriter(Path root, ScreenMasking masking) {
        this.root = root;
        this.masking = masking;
        AtomicInteger n = new AtomicInteger();
        this.encoders = Executors.newFixedThreadPool(ENCODER_THREADS, r -> {
            Thread t = new Thread(r, "observation-encoder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Writes one session's pictures; returns once every file is on disk. */
    void write(List<SessionObservations.Request> requests) throws IOException {
        List<Future<?>> pending = new ArrayList<>();
        Map<ScreenMedia, VideoDecoder> decoders = new HashMap<>();
        try {
            for (SessionObservations.Request r : requests) {
                int[] argb;
                int width;
                int height;
                if (r.media().kind() == MediaKind.VIDEO) {
                    VideoDecoder decoder = decoders.get(r.media());
                    if (decoder == null) {
                        decoder = VideoDecoder.open(r.mediaFile());
                        decoders.put(r.media(), decoder);
                    }
                    VideoFrame frame = decoder.frameAt(r.media().videoMsAt(r.atMs()));
                    // The decoder hands the same frame back for the next time on the same frame: burn a copy.
                    argb = r.mask().isEmpty() ? frame.argb() : frame.argb().clone();
                    width = frame.width();
                    height = frame.height();
                } else {
                    BufferedImage still = readStill(r.mediaFile());
                    width = still.getWidth();
                    height = still.getHeight();
                    argb = still.getRGB(0, 0, width, height, null, 0, width);
                    for (int i = 0; i < argb.length; i++) {
                        argb[i] |= 0xFF000000;
                    }
                }
                if (!r.mask().isEmpty()) {
                    masking.burn(argb, width, height, r.media(), r.mask());
                }
                pending.add(submit(argb, width, height, root.resolve(r.file())));
            }
            for (Future<?> f : pending) {
                f.get();
            }
        } catch (MediaException e) {
            throw new IOException("a screen video could not be decoded: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing observations", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("could not encode an observation", e.getCause());
        } finally {
            decoders.values().forEach(VideoDecoder::close);
            // A failed session must not leave encoders writing into a folder the exporter is about to remove.
            awaitQuietly(pending);
        }
    }

    private static void awaitQuietly(List<Future<?>> pending) {
        for (Future<?> f : pending) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // already reported by the first failure
            }
        }
    }

    private Future<?> submit(int[] argb, int width, int height, Path file) throws InterruptedException {
        inFlight.acquire();
        try {
            return encoders.submit(() -> {
                try {
                    Files.write(file, encoder.get().encode(argb, width, height));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    inFlight.release();
                }
            });
        } catch (RuntimeException e) {
            inFlight.release();
            throw e;
        }
    }

    private static BufferedImage readStill(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        if (image == null) {
            throw new IOException("a screenshot is not an image Trailmark can read: " + file.getFileName());
        }
        return image;
    }

    @Override
    public void close() {
        encoders.shutdownNow();
    }
}
