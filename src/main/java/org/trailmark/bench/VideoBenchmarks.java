package org.trailmark.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.media.MediaException;
import org.trailmark.media.MediaLibraries;
import org.trailmark.media.NaiveVideoSeeker;
import org.trailmark.media.VideoDecoder;
import org.trailmark.media.VideoFacts;
import org.trailmark.media.VideoLoop;
import org.trailmark.media.VideoProbe;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;

/**
 * Screen-video figures on a long real recording: a short screen recording (the AgentNet fixture) is
 * repeated packet for packet, without re-encoding, into one video of the asked length, stored in a
 * scratch workspace as an imported session's media, and measured against {@link NaiveVideoSeeker}.
 */
final class VideoBenchmarks {
    /** Seeks per round: {@code --rounds 3} (the default) times 100 random seeks, 15 of them naive. */
    private static final int SEEKS_PER_ROUND = 100;
    private static final int NAIVE_SEEKS_PER_ROUND = 15;
    private static final int WARM_UP_SEEKS = 20;
    /** Seeks per round in each memory measurement. */
    private static final int MEMORY_SEEKS_PER_ROUND = 60;
    private static final double MB = 1024.0 * 1024.0;

    private final Path source;
    private final int minutes;
    private final int rounds;
    private final Path workDir;
    private final PrintWriter log;

    VideoBenchmarks(Path source, int minutes, int rounds, Path workDir, PrintWriter log) {
        this.source = source;
        this.minutes = minutes;
        this.rounds = Math.max(1, rounds);
        this.workDir = workDir;
        this.log = log;
    }

    List<Figure> run(long seed) throws Exception {
        // First, before anything else in this process touches FFmpeg: the one-time native load.
        double loadMs = 1000 * Stopwatch.seconds(MediaLibraries::load);
        progress("FFmpeg's native libraries loaded in %.0f ms (once per process; not part of video_open_ms)",
                loadMs);

        VideoFacts once = VideoProbe.probe(source);
        int times = (int) Math.max(1, Math.ceil(minutes * 60_000.0 / Math.max(1, once.durationMs())));
        Path looped = workDir.resolve("screen-" + minutes + "min.mp4");
        progress("writing a %d-minute video: %s (%dx%d, %.0f fps, %,d ms) repeated %d times, packets copied",
                minutes, source.getFileName(), once.width(), once.height(), once.fps(), once.durationMs(), times);
        Files.deleteIfExists(looped);
        VideoFacts longFacts = VideoLoop.repeat(source, looped, times);

        Path workspaceFile = workDir.resolve("video.trailmark");
        ScratchFiles.deleteWorkspace(workspaceFile);
        String sessionId;
        try (Workspace ws = Workspace.open(workspaceFile)) {
            sessionId = addSessionWithVideo(ws, looped, longFacts, seed);
        }
        Files.delete(looped); // the workspace holds its own copy now

        double[] open = openFigures(workspaceFile, sessionId);
        Path stored;
        try (Workspace ws = Workspace.open(workspaceFile)) {
            stored = ws.media().file(ws.media().ofSession(sessionId).get(0).sha256()).orElseThrow();
        }
        double[] seek = seekFigures(stored, longFacts.durationMs(), seed);
        double[] memory = memoryFigures(source, once.durationMs(), stored, longFacts.durationMs(), seed);
        ScratchFiles.deleteWorkspace(workspaceFile);

        String length = minutes >= 60 && minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
        return List.of(
                new Figure("media_library_load_ms", "FFmpeg native load, once per process (reference)", loadMs, "ms",
                        loadMs, 0, false),
                new Figure("video_open_ms", "open a session with " + length + " of video, first frame shown",
                        open[0], "ms", open[1], 300, false),
                new Figure("video_seek_p99_ms", "exact seek to a random frame, p99", seek[0], "ms", seek[1], 100,
                        false),
                new Figure("video_seek_p50_ms", "exact seek to a random frame, p50 (reference)", seek[2], "ms",
                        seek[3], 0, false),
                new Figure("video_memory_growth_mb", "memory, " + length + " video minus short video", memory[0],
                        "MB", memory[1], 16, false));
    }

    private String addSessionWithVideo(Workspace ws, Path video, VideoFacts facts, long seed) throws Exception {
        MediaStore.StoredFile file = ws.media().store().store(video);
        GeneratedSession session = SessionGenerator.large(seed, 10_000);
        int duration = (int) Math.min(Integer.MAX_VALUE, facts.durationMs());
        ScreenMedia media = new ScreenMedia(MediaKind.VIDEO, file.sha256(), facts.width(), facts.height(),
                facts.fps(), (int) facts.frames(), List.of(new MediaSegment(0, 0, duration)), List.of(),
                new ScreenRegion(0, 0, facts.width(), facts.height()), video.getFileName().toString());
        ws.sessions().add(session.info(), session.log(), List.of(media), video.toString(), "bench");
        return session.info().id();
    }

    /**
     * Median ms from a closed workspace to the first frame in ARGB: open the workspace, read the
     * session's media rows, find the file, open the decoder, decode and convert the first frame.
     */
    private double[] openFigures(Path workspaceFile, String sessionId) throws Exception {
        double[] samples = new double[rounds + 2];
        double cold = 0;
        for (int r = -1; r < samples.length; r++) {
            double ms = 1000 * Stopwatch.seconds(() -> openToFirstFrame(workspaceFile, sessionId, false));
            if (r < 0) {
                cold = ms;
            } else {
                samples[r] = ms;
            }
        }
        progress("video open: first in this process %.0f ms, then median %.0f ms", cold, Stopwatch.median(samples));
        openToFirstFrame(workspaceFile, sessionId, true); // warm-up of the naive path
        double[] naive = new double[Math.min(3, rounds)];
        for (int r = 0; r < naive.length; r++) {
            naive[r] = 1000 * Stopwatch.seconds(() -> openToFirstFrame(workspaceFile, sessionId, true));
        }
        return new double[] {Stopwatch.median(samples), Stopwatch.median(naive)};
    }

    private static long openToFirstFrame(Path workspaceFile, String sessionId, boolean naive) throws Exception {
        try (Workspace ws = Workspace.open(workspaceFile)) {
            ScreenMedia media = ws.media().ofSession(sessionId).get(0);
            Path file = ws.media().file(media.sha256()).orElseThrow();
            long at = media.videoMsAt(media.startMs());
            if (naive) {
                try (NaiveVideoSeeker seeker = NaiveVideoSeeker.open(file)) {
                    return seeker.frameAt(at).argb()[0];
                }
            }
            try (VideoDecoder decoder = VideoDecoder.open(file)) {
                return decoder.frameAt(at).argb()[0];
            }
        }
    }

    /** p99 and p50 of exact random seeks in one decoder (as a reviewer scrubs), naive beside. */
    private double[] seekFigures(Path video, long durationMs, long seed) throws MediaException {
        // one decoder for every seek, as a reviewer scrubbing the timeline uses one
        SplittableRandom random = new SplittableRandom(seed);
        long sink = 0;
        double[] fast = new double[SEEKS_PER_ROUND * rounds];
        progress("video seek: %d random exact seeks over %,d ms after %d warm-up seeks", fast.length, durationMs,
                WARM_UP_SEEKS);
        long cpuStart = 0;
        try (VideoDecoder decoder = VideoDecoder.open(video)) {
            for (int i = -WARM_UP_SEEKS; i < fast.length; i++) {
                if (i == 0) {
                    cpuStart = ProcessCpu.nanos();
                }
                long at = random.nextLong(durationMs);
                long start = System.nanoTime();
                sink += decoder.frameAt(at).argb()[0];
                if (i >= 0) {
                    fast[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        // CPU time, all threads: what a seek costs whatever else the machine runs (wall times grow with load)
        long cpuEnd = ProcessCpu.nanos();
        double cpuPerSeek = cpuStart < 0 || cpuEnd < 0 ? Double.NaN : (cpuEnd - cpuStart) / 1e6 / fast.length;
        double[] naive = new double[NAIVE_SEEKS_PER_ROUND * rounds];
        progress("video seek, naive: %d seeks", naive.length);
        try (NaiveVideoSeeker seeker = NaiveVideoSeeker.open(video)) {
            for (int i = -WARM_UP_SEEKS / 4; i < naive.length; i++) {
                long at = random.nextLong(durationMs);
                long start = System.nanoTime();
                sink += seeker.frameAt(at).argb()[0];
                if (i >= 0) {
                    naive[i] = (System.nanoTime() - start) / 1e6;
                }
            }
        }
        ReplayBenchmarks.Blackhole.consume(sink);
        progress("video seek: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms, process CPU %.1f ms per seek"
                        + " (naive p50 %.0f ms, p99 %.0f ms)",
                ReplayBenchmarks.percentile(fast, 50), ReplayBenchmarks.percentile(fast, 90),
                ReplayBenchmarks.percentile(fast, 99), ReplayBenchmarks.percentile(fast, 100), cpuPerSeek,
                ReplayBenchmarks.percentile(naive, 50), ReplayBenchmarks.percentile(naive, 99));
        return new double[] {ReplayBenchmarks.percentile(fast, 99), ReplayBenchmarks.percentile(naive, 99),
            ReplayBenchmarks.percentile(fast, 50), ReplayBenchmarks.percentile(naive, 50)};
    }

    /**
     * Memory in use (live heap plus native) gained by opening a video and seeking around in it, for the
     * short and the long video: the difference is what length costs. Naive beside.
     */
    private double[] memoryFigures(Path shortVideo, long shortMs, Path longVideo, long longMs, long seed)
            throws MediaException {
        int seeks = MEMORY_SEEKS_PER_ROUND * rounds;
        grownBy(shortVideo, shortMs, seed, false, seeks / 4); // not counted: heap sizing, code loading
        double shortGrowth = grownBy(shortVideo, shortMs, seed, false, seeks);
        double longGrowth = grownBy(longVideo, longMs, seed, false, seeks);
        grownBy(shortVideo, shortMs, seed, true, seeks / 10);
        double naiveShort = grownBy(shortVideo, shortMs, seed, true, seeks / 10);
        double naiveLong = grownBy(longVideo, longMs, seed, true, seeks / 10);
        progress("video memory after open and %d seeks: short %.1f MB, long %.1f MB (naive, %d seeks: %.1f MB, %.1f MB)",
                seeks, shortGrowth, longGrowth, seeks / 10, naiveShort, naiveLong);
        return new double[] {longGrowth - shortGrowth, naiveLong - naiveShort};
    }

    private static double grownBy(Path video, long durationMs, long seed, boolean naive, int seeks)
            throws MediaException {
        SplittableRandom random = new SplittableRandom(seed);
        long before = ProcessMemory.inUseAfterGc();
        long after;
        long sink = 0;
        if (naive) {
            try (NaiveVideoSeeker seeker = NaiveVideoSeeker.open(video)) {
                for (int i = 0; i < seeks; i++) {
                    sink += seeker.frameAt(random.nextLong(durationMs)).argb()[0];
                }
                after = ProcessMemory.inUseAfterGc();
                sink += seeker.frameCount();
            }
        } else {
            try (VideoDecoder decoder = VideoDecoder.open(video)) {
                for (int i = 0; i < seeks; i++) {
                    sink += decoder.frameAt(random.nextLong(durationMs)).argb()[0];
                }
                after = ProcessMemory.inUseAfterGc();
            }
        }
        ReplayBenchmarks.Blackhole.consume(sink);
        return before < 0 || after < 0 ? Double.NaN : (after - before) / MB;
    }

    private void progress(String format, Object... args) {
        log.println("bench: " + String.format(format, args));
        log.flush();
    }
}
