package org.trailmark.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.trailmark.media.MediaException;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFacts;
import org.trailmark.media.VideoFrame;
import org.trailmark.media.VideoProbe;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Measures writing observation pictures (decode, mask, encode, write) on one video, beside the naive
 * version a competent engineer writes first: for each step a fresh decoder seeking to the step's time
 * and {@code javax.imageio} writing the PNG, one picture after another. Both are warmed by one untimed
 * round; a region mask covers part of the screen for the whole video, so masking is paid on every picture.
 */
public final class ObservationBenchmark {
    /** Pictures per second, fast and naive, and how many pictures each timed round wrote. */
    public record Result(double picturesPerSecond, double naivePicturesPerSecond, int pictures, int naivePictures) {
    }

    private ObservationBenchmark() {
    }

    /**
     * @param stepMs       time between steps (an action every {@code stepMs}); the observation of each is taken then
     * @param naiveSteps   how many of the steps, spread over the video, the naive version writes (it is slow by design)
     */
    public static Result run(Path video, Path workDir, int stepMs, int naiveSteps, int rounds) throws IOException {
        VideoFacts facts;
        try {
            facts = VideoProbe.probe(video);
        } catch (MediaException e) {
            throw new IOException(e.getMessage(), e);
        }
        ScreenRegion screen = new ScreenRegion(0, 0, facts.width(), facts.height());
        int duration = (int) Math.min(Integer.MAX_VALUE / 2, facts.durationMs());
        ScreenMedia media = new ScreenMedia(MediaKind.VIDEO, "bench", facts.width(), facts.height(), facts.fps(),
                (int) facts.frames(), List.of(new MediaSegment(0, 0, duration)), List.of(), screen, null);
        Flag region = Flag.region("bench", 0, duration, new ScreenRegion(facts.width() / 2, facts.height() / 4,
                facts.width() / 3, facts.height() / 3), FlagCategory.values()[0], null);
        ScreenMasking masking = ScreenMasking.standard();
        List<SessionObservations.Request> all = requests(media, video, List.of(region), masking, stepMs, duration);
        List<SessionObservations.Request> naive = new ArrayList<>();
        int every = Math.max(1, all.size() / Math.max(1, naiveSteps));
        for (int i = 0; i < all.size() && naive.size() < naiveSteps; i += every) {
            naive.add(all.get(i));
        }
        double[] fast = new double[rounds];
        double[] slow = new double[rounds];
        for (int r = -1; r < rounds; r++) {
            Path out = fresh(workDir.resolve("observations"));
            long start = System.nanoTime();
            try (ObservationWriter writer = new ObservationWriter(out, masking)) {
                writer.write(all);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out = fresh(workDir.resolve("observations-naive"));
            long naiveStart = System.nanoTime();
            writeNaively(naive, out, masking);
            double naiveSeconds = (System.nanoTime() - naiveStart) / 1e9;
            if (r >= 0) {
                fast[r] = all.size() / seconds;
                slow[r] = naive.size() / naiveSeconds;
            }
        }
        remove(workDir.resolve("observations"));
        remove(workDir.resolve("observations-naive"));
        return new Result(median(fast), median(slow), all.size(), naive.size());
    }

    private static List<SessionObservations.Request> requests(ScreenMedia media, Path video, List<Flag> flags,
                                                              ScreenMasking masking, int stepMs, int duration) {
        SessionLog log = new SessionLogBuilder().build();
        RedactedSession redacted = new RedactedSession(log, List.of(), Set.of(), Map.of(), Set.of());
        SessionObservations observations = new SessionObservations(List.of(media), sha -> Optional.of(video),
                PictureHiding.of(log, flags, redacted, masking), 0, ".", "bench");
        for (int t = 0; t < duration; t += stepMs) {
            observations.at(t);
        }
        return observations.requests();
    }

    /** One decoder per picture (a fresh seek), ImageIO's PNG writer, nothing in parallel. */
    private static void writeNaively(List<SessionObservations.Request> requests, Path out, ScreenMasking masking)
            throws IOException {
        for (SessionObservations.Request r : requests) {
            VideoFrame frame;
            try (VideoDecoder decoder = VideoDecoder.open(r.mediaFile())) {
                frame = decoder.frameAt(r.media().videoMsAt(r.atMs()));
            } catch (MediaException e) {
                throw new IOException(e.getMessage(), e);
            }
            int[] argb = frame.argb().clone();
            masking.burn(argb, frame.width(), frame.height(), r.media(), r.mask());
            BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, frame.width(), frame.height(), argb, 0, frame.width());
            ImageIO.write(image, "png", out.resolve(r.file()).toFile());
        }
    }

    private static Path fresh(Path dir) throws IOException {
        remove(dir);
        return Files.createDirectories(dir);
    }

    /** Removes a scratch folder and everything in it, so the bench's own work folder can go at the end. */
    private static void remove(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> s = Files.walk(dir)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
