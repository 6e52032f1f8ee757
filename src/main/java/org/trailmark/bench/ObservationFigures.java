package org.trailmark.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.trailmark.export.ObservationBenchmark;
import org.trailmark.media.MediaException;

/**
 * Observation export throughput: pictures decoded, masked, encoded and written per second on a 720p
 * recording (generated, or one given with {@code bench --video}), beside the naive baseline.
 */
final class ObservationFigures {
    /** An action every quarter second: busy computer use. */
    static final int STEP_MS = 250;
    /** The naive baseline is slow by design: this many pictures, spread over the video, show its rate. */
    static final int NAIVE_STEPS = 24;

    private ObservationFigures() {
    }

    /** The generated video's length follows the reference session's size, from 8 s up to 60 s. */
    static List<Figure> measure(Path given, int events, int rounds, Path workDir, PrintWriter log)
            throws IOException {
        Path video = given;
        Path generated = workDir.resolve("screen-like.mp4");
        if (video == null) {
            int seconds = Math.max(8, Math.min(60, events / 20_000));
            log.printf("observations: generating a %d s 1280x720 screen-like recording%n", seconds);
            log.flush();
            try {
                video = ScreenLikeVideo.write(generated, seconds, BenchmarkSuite.SEED);
            } catch (MediaException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        log.printf("observations: %d timed round(s) after a warm-up, then the naive baseline%n", rounds);
        log.flush();
        ObservationBenchmark.Result r = ObservationBenchmark.run(video, workDir, STEP_MS,
                Math.max(4, Math.min(NAIVE_STEPS, events / 40_000)), rounds);
        Files.deleteIfExists(generated);
        return List.of(
                new Figure("export_observations_per_s", "observation pictures: decode, mask, PNG, write",
                        r.picturesPerSecond(), "frames/s", r.naivePicturesPerSecond(), 50, true),
                new Figure("export_observations_naive_per_s", "naive observations baseline (reference, no target)",
                        r.naivePicturesPerSecond(), "frames/s", r.naivePicturesPerSecond(), 0, true));
    }
}
