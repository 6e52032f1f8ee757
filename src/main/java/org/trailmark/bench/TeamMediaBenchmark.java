package org.trailmark.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.MediaKind;
import org.trailmark.model.MediaSegment;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.ScreenRegion;
import org.trailmark.model.SessionInfo;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresLocation;

/**
 * A team workspace's screen video (decision 0027): sent to the server with its session's import, fetched
 * on first use by another computer (an empty cache), then opened from that computer's cache. The "video"
 * is seeded random bytes of a recording's size: the store keeps bytes as they are, and random bytes are
 * as incompressible as an encoded video, so the figures are the transfer's, not a codec's.
 */
final class TeamMediaBenchmark {
    /** A recording of about ten minutes at the sizes the recorders write. */
    static final int DEFAULT_MIB = 64;

    private final PostgresLocation team;
    private final int mebibytes;
    private final int rounds;
    private final Path dir;
    private final PrintWriter log;

    TeamMediaBenchmark(PostgresLocation team, int mebibytes, int rounds, Path dir, PrintWriter log) {
        this.team = team;
        this.mebibytes = mebibytes;
        this.rounds = rounds;
        this.dir = dir;
        this.log = log;
    }

    List<Figure> run() throws Exception {
        Path video = dir.resolve("team-media-bench.mp4");
        writeRandom(video);
        GeneratedSession session = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, 1_000);
        double[] upload = new double[rounds];
        double[] firstOpen = new double[rounds];
        double[] cachedOpen = new double[rounds];
        List<String> made = new ArrayList<>();
        List<Path> caches = new ArrayList<>();
        try {
            for (int r = -1; r < rounds; r++) {
                log.printf("bench: screen video of %d MiB to the team server and back, round %d of %d%s%n", mebibytes,
                        r + 2, rounds + 1, r < 0 ? " (untimed)" : "");
                log.flush();
                String id = "bench-media-" + ProcessHandle.current().pid() + "-" + (r + 1);
                Path importer = dir.resolve("media-importer-" + (r + 1));
                Path other = dir.resolve("media-other-" + (r + 1));
                caches.add(importer);
                caches.add(other);
                String[] sha = new String[1];
                double a;
                try (Workspace w = Workspace.openTeam(team, importer)) {
                    a = Stopwatch.seconds(() -> {
                        // as an import does: the file into this computer's store, then the session with it
                        MediaStore.StoredFile stored = w.media().store().store(video);
                        sha[0] = stored.sha256();
                        w.sessions().add(withId(session.info(), id), session.log(), List.of(media(stored.sha256())),
                                "bench", "bench");
                    });
                    made.add(id);
                }
                double b;
                double c;
                try (Workspace w = Workspace.openTeam(team, other)) {
                    b = Stopwatch.seconds(() -> w.media().file(sha[0]).orElseThrow());
                    c = Stopwatch.seconds(() -> w.media().file(sha[0]).orElseThrow());
                }
                if (r >= 0) {
                    upload[r] = a;
                    firstOpen[r] = b;
                    cachedOpen[r] = c;
                }
            }
        } finally {
            try (Workspace server = Workspace.openTeam(team, dir.resolve("media-cleanup"))) {
                if (!made.isEmpty()) {
                    server.erasure().erase(made, "bench");
                }
            }
            ScratchFiles.deleteTree(dir.resolve("media-cleanup"));
            for (Path cache : caches) {
                ScratchFiles.deleteTree(cache);
            }
            Files.deleteIfExists(video);
        }
        String size = mebibytes + " MiB";
        return List.of(
                new Figure("team_media_upload_s", "import a session with a " + size + " video into PostgreSQL",
                        Stopwatch.median(upload), "s", 0, 0, false, "median of " + rounds),
                new Figure("team_media_first_open_s", "first use of that video on another computer (download)",
                        Stopwatch.median(firstOpen), "s", 0, 0, false, "median of " + rounds),
                new Figure("team_media_cached_open_ms", "later use of that video there (its cache)",
                        1000 * Stopwatch.median(cachedOpen), "ms", 0, 0, false, "median of " + rounds));
    }

    private void writeRandom(Path file) throws IOException {
        Random random = new Random(27);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < mebibytes; i++) {
                random.nextBytes(block);
                out.write(block);
            }
        }
    }

    private static ScreenMedia media(String sha256) {
        return new ScreenMedia(MediaKind.VIDEO, sha256, 1920, 1080, 30, 18_000,
                List.of(new MediaSegment(0, 0, 600_000)), List.of(), new ScreenRegion(0, 0, 1920, 1080), "screen.mp4");
    }

    private static SessionInfo withId(SessionInfo info, String id) {
        return new SessionInfo(id, info.subject(), info.sourceFormat(), info.start(), info.screens(),
                info.captureTool(), info.captureToolVersion(), info.consent(), info.suggestedInstruction());
    }
}
