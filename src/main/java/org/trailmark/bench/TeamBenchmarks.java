package org.trailmark.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.Task;
import org.trailmark.store.Workspace;
import org.trailmark.store.pg.PostgresLocation;

/**
 * Issue 14 §6: a team workspace on PostgreSQL against a workspace file, in the same run. The team
 * workspace must exist ({@code workspace init URL}); the bench adds its own sessions under fresh ids and
 * erases them afterwards. Both sides import and open the same session, alternating, after one untimed
 * round each.
 */
final class TeamBenchmarks {
    static final int LABELERS = 8;
    static final int EDITS_PER_LABELER = 200;

    private final PostgresLocation team;
    private final int events;
    private final int rounds;
    private final Path dir;
    private final PrintWriter log;

    TeamBenchmarks(PostgresLocation team, int events, int rounds, Path dir, PrintWriter log) {
        this.team = team;
        this.events = events;
        this.rounds = rounds;
        this.dir = dir;
        this.log = log;
    }

    List<Figure> run() throws Exception {
        GeneratedSession session = SessionGenerator.large(SessionGenerator.DEFAULT_SEED, events);
        Path teamMedia = dir.resolve("team-media");
        double[] fileImport = new double[rounds];
        double[] teamImport = new double[rounds];
        double[] fileOpen = new double[rounds];
        double[] teamOpen = new double[rounds];
        List<String> made = new ArrayList<>();
        Path fileWorkspace = dir.resolve("team-bench.trailmark");
        try (Workspace file = Workspace.open(fileWorkspace);
             Workspace server = Workspace.openTeam(team, teamMedia)) {
            for (int r = -1; r < rounds; r++) {
                progress("import of %,d events: file and team workspace, round %d of %d%s", events, r + 2, rounds + 1,
                        r < 0 ? " (untimed)" : "");
                String id = "bench-team-" + ProcessHandle.current().pid() + "-" + (r + 1);
                SessionInfo info = withId(session.info(), id);
                double a = Stopwatch.seconds(() -> file.sessions().add(info, session.log(), "bench", "bench"));
                double b = Stopwatch.seconds(() -> server.sessions().add(info, session.log(), "bench", "bench"));
                made.add(id);
                double c = 1000 * Stopwatch.seconds(() -> ColdOpenProbe.readyToPlay(file, id));
                double d = 1000 * Stopwatch.seconds(() -> ColdOpenProbe.readyToPlay(server, id));
                if (r >= 0) {
                    fileImport[r] = a;
                    teamImport[r] = b;
                    fileOpen[r] = c;
                    teamOpen[r] = d;
                }
            }
            double[] editMillis = concurrentEdits(server);
            double ratioImport = Stopwatch.median(teamImport) / Stopwatch.median(fileImport);
            double ratioOpen = Stopwatch.median(teamOpen) / Stopwatch.median(fileOpen);
            List<Figure> figures = List.of(
                    new Figure("team_import_ratio", "import " + events + " events into PostgreSQL / into a file",
                            ratioImport, "×", 1.0, 2.0, false, String.format("PostgreSQL %.2f s, file %.2f s (medians)",
                            Stopwatch.median(teamImport), Stopwatch.median(fileImport))),
                    new Figure("team_open_ratio", "open a session ready to play from PostgreSQL / from a file",
                            ratioOpen, "×", 1.0, 2.0, false, String.format("PostgreSQL %.0f ms, file %.0f ms (medians)",
                            Stopwatch.median(teamOpen), Stopwatch.median(fileOpen))),
                    new Figure("team_edit_p99_ms", LABELERS + " labelers editing at once on PostgreSQL, p99 per edit",
                            percentile(editMillis, 0.99), "ms", percentile(editMillis, 0.50), 50, false,
                            "baseline column: the median edit of the same run; " + editMillis.length + " edits"));
            return figures;
        } finally {
            try (Workspace server = Workspace.openTeam(team, teamMedia)) {
                if (!made.isEmpty()) {
                    server.erasure().erase(made, "bench");
                }
            }
            ScratchFiles.deleteWorkspace(fileWorkspace);
            ScratchFiles.deleteTree(teamMedia);
        }
    }

    /**
     * Each labeler has their own connection and session and, in a loop, adds a task, then moves it: two
     * compare-and-set edits, each one transaction with its audit entry, as the studio makes them.
     */
    private double[] concurrentEdits(Workspace any) throws Exception {
        progress("%d labelers, %d edits each, at once", LABELERS, EDITS_PER_LABELER);
        GeneratedSession small = SessionGenerator.large(SessionGenerator.DEFAULT_SEED + 1, 10_000);
        List<String> ids = new ArrayList<>();
        for (int l = 0; l < LABELERS; l++) {
            String id = "bench-edit-" + ProcessHandle.current().pid() + "-" + l;
            any.sessions().add(withId(small.info(), id), small.log(), "bench", "bench");
            ids.add(id);
        }
        ExecutorService pool = Executors.newFixedThreadPool(LABELERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<double[]>> results = new ArrayList<>();
            for (String id : ids) {
                results.add(pool.submit(() -> {
                    try (Workspace mine = Workspace.openTeam(team, dir.resolve("team-media"))) {
                        double[] ms = new double[EDITS_PER_LABELER];
                        start.await();
                        for (int i = 0; i < EDITS_PER_LABELER; i += 2) {
                            // as the studio's commands do: the rows an edit touches, as last seen, and their replacement
                            Task draft = Task.draft(id, i * 10, i * 10 + 5, "step " + i, null, null);
                            long t0 = System.nanoTime();
                            Task added = mine.review().replaceTasks(id, List.of(), List.of(draft), "add task", "bench").get(0);
                            ms[i] = (System.nanoTime() - t0) / 1e6;
                            long t1 = System.nanoTime();
                            mine.review().replaceTasks(id, List.of(added),
                                    List.of(added.withSpan(added.startMs(), added.endMs() + 3)), "move task edges", "bench");
                            ms[i + 1] = (System.nanoTime() - t1) / 1e6;
                        }
                        return ms;
                    }
                }));
            }
            start.countDown();
            List<Double> all = new ArrayList<>();
            for (Future<double[]> f : results) {
                for (double v : f.get()) {
                    all.add(v);
                }
            }
            return all.stream().mapToDouble(Double::doubleValue).toArray();
        } finally {
            pool.shutdownNow();
            any.erasure().erase(ids, "bench");
        }
    }

    static double percentile(double[] samples, double p) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static SessionInfo withId(SessionInfo info, String id) {
        return new SessionInfo(id, info.subject(), info.sourceFormat(), info.start(), info.screens(), info.captureTool(),
                info.captureToolVersion(), info.consent(), info.suggestedInstruction());
    }

    private void progress(String format, Object... args) {
        log.printf("bench: " + format + "%n", args);
        log.flush();
    }
}
