package org.trailmark.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.export.ExportBenchmark;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.ingest.ImportProgress;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.ImportService;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.SessionLog;
import org.trailmark.privacy.ScanBenchmark;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.playback.EventJumps;
import org.trailmark.store.Workspace;

/**
 * Measures the performance budget (the targets in BENCHMARKS.md) on a generated reference session, each figure beside
 * a naive baseline measured in the same run. Results go to BENCHMARKS.md by hand, with the machine.
 */
public final class BenchmarkSuite {
    public static final long SEED = 1;

    private final int events;
    private final int rounds;
    private final Path workDir;
    private final PrintWriter log;
    private Path recording;
    private int videoMinutes = 120;
    private boolean videoOnly;
    private int importEvents;
    private int importRuns = 5;
    private String python;
    private boolean importTenMillion;
    private boolean importAgentNet;

    /**
     * @param rounds  how many times each fast operation is repeated (the median is reported)
     * @param workDir scratch folder for the capture and the workspaces; emptied of its own files after
     * @param log     progress lines for a person (stderr), never figures
     */
    public BenchmarkSuite(int events, int rounds, Path workDir, PrintWriter log) {
        this.events = events;
        this.rounds = Math.max(1, rounds);
        this.workDir = workDir;
        this.log = log;
    }

    /**
     * Adds the screen-video figures: {@code recording} (a real screen recording) is repeated into one
     * video of {@code minutes}; with {@code only}, no other figure is measured. Without a recording
     * they are left out, and a progress line says so.
     */
    public BenchmarkSuite withVideo(Path recording, int minutes, boolean only) {
        this.recording = recording;
        this.videoMinutes = minutes;
        this.videoOnly = only;
        return this;
    }

    /**
     * Adds the whole-process import figures ({@link WholeProcessImport}) on a DuckTrack recording of
     * {@code events} (0: left out), {@code runs} timed runs of each side; {@code python} runs the Python
     * side (null: there is none, its figures say so); {@code tenMillion} adds the same on 10,000,000 events;
     * {@code agentNet} adds the same events in the AgentNet Tool's layout.
     */
    public BenchmarkSuite withWholeProcessImport(int events, int runs, String python, boolean tenMillion,
                                                 boolean agentNet) {
        this.importAgentNet = agentNet;
        this.importEvents = events;
        this.importRuns = Math.max(1, runs);
        this.python = python;
        this.importTenMillion = tenMillion;
        return this;
    }

    /** The team workspace figures alone (issue 14 §6): PostgreSQL against a workspace file, same run. */
    public static List<Figure> team(org.trailmark.store.pg.PostgresLocation team, int events, int rounds, Path workDir,
                                    PrintWriter log) throws Exception {
        return team(team, events, TeamMediaBenchmark.DEFAULT_MIB, rounds, workDir, log);
    }

    /** As {@link #team(org.trailmark.store.pg.PostgresLocation, int, int, Path, PrintWriter)}, with a screen video of that size. */
    public static List<Figure> team(org.trailmark.store.pg.PostgresLocation team, int events, int videoMebibytes,
                                    int rounds, Path workDir, PrintWriter log) throws Exception {
        List<Figure> figures = new ArrayList<>(new TeamBenchmarks(team, events, rounds, workDir, log).run());
        figures.addAll(new TeamMediaBenchmark(team, videoMebibytes, rounds, workDir, log).run());
        return figures;
    }

    public List<Figure> run() throws Exception {
        Files.createDirectories(workDir);
        List<Figure> figures = new ArrayList<>();
        // Video first: FFmpeg's one-time native load is measured cold, before anything else loads it.
        if (recording != null) {
            figures.addAll(new VideoBenchmarks(recording, videoMinutes, rounds, workDir, log).run(SEED));
        } else {
            progress("no screen recording given (--video FILE): screen-video figures left out");
        }
        if (videoOnly) {
            return figures;
        }
        // Children next, while this JVM is still small and idle beside them.
        for (boolean inAgentNetLayout : importAgentNet ? new boolean[] {false, true} : new boolean[] {false}) {
            if (importEvents > 0) {
                figures.addAll(new WholeProcessImport(importEvents, importRuns, python, workDir, log, "",
                        inAgentNetLayout).run());
            }
            if (importTenMillion) {
                figures.addAll(new WholeProcessImport(WholeProcessImport.TEN_MILLION, importRuns, python, workDir, log,
                        "_10m", inAgentNetLayout).run());
            }
        }
        progress("generating a %,d-event reference session (seed %d)", events, SEED);
        GeneratedSession generated = SessionGenerator.large(SEED, events);
        Path capture = workDir.resolve("reference.jsonl.gz");
        NativeSessionWriter.write(generated.info(), generated.log(), capture);
        generated = null; // the log must not count towards the resident figure below

        Path workspaceFile = workDir.resolve("bench.trailmark");
        // One untimed round first: the JIT and SQLite's native library load are start-up costs, not import costs.
        double[] importSeconds = new double[rounds];
        for (int r = -1; r < rounds; r++) {
            ScratchFiles.deleteWorkspace(workspaceFile);
            progress(r < 0 ? "import warm-up round" : "import round %d of %d", r + 1, rounds);
            double seconds = importInto(capture, workspaceFile);
            if (r >= 0) {
                importSeconds[r] = seconds;
            }
        }
        Path naiveDb = workDir.resolve("naive.sqlite");
        long[] naiveCount = new long[1];
        double[] naiveImportSeconds = new double[rounds];
        for (int r = -1; r < rounds; r++) { // the same untimed round first as the fast side
            progress(r < 0 ? "naive import warm-up round (tree per line, row per event)"
                    : "naive import round %d of %d", r + 1, rounds);
            ScratchFiles.deleteWorkspace(naiveDb);
            double seconds = Stopwatch.seconds(() -> naiveCount[0] = NaiveBaseline.importFile(capture, naiveDb));
            if (r >= 0) {
                naiveImportSeconds[r] = seconds;
            }
        }
        figures.add(new Figure("import_events_per_s", "import native .jsonl.gz, committed",
                events / Stopwatch.median(importSeconds), "events/s",
                naiveCount[0] / Stopwatch.median(naiveImportSeconds), 1_500_000, true));

        figures.add(new Figure("workspace_bytes_per_event", "workspace size",
                (double) Files.size(workspaceFile) / events, "bytes/event",
                (double) Files.size(naiveDb) / naiveCount[0], 6, false));

        String sessionId;
        try (Workspace ws = Workspace.open(workspaceFile)) {
            sessionId = ws.sessions().all().get(0).id();
        }
        double[] openMillis = new double[rounds + 2];
        double coldOpenMillis = 0;
        for (int r = -1; r < openMillis.length; r++) {
            double ms = 1000 * Stopwatch.seconds(() -> {
                try (Workspace ws = Workspace.open(workspaceFile)) {
                    ColdOpenProbe.readyToPlay(ws, sessionId);
                }
            });
            if (r < 0) {
                coldOpenMillis = ms;
            } else {
                openMillis[r] = ms;
            }
        }
        progress("first open in this process (after the imports above, so not cold): %.0f ms", coldOpenMillis);
        progress("naive open (every row into an object): one untimed, then %d", rounds);
        double[] naiveOpenMillis = new double[rounds];
        for (int r = -1; r < rounds; r++) {
            double ms = 1000 * Stopwatch.seconds(() -> NaiveBaseline.load(naiveDb));
            if (r >= 0) {
                naiveOpenMillis[r] = ms;
            }
        }
        figures.add(new Figure("open_ms", "open a session ready to play", Stopwatch.median(openMillis), "ms",
                Stopwatch.median(naiveOpenMillis), 150, false));
        progress("first open in a fresh JVM, %d child JVMs each side", rounds);
        figures.addAll(ColdOpenFigures.measure(workspaceFile, sessionId, naiveDb, rounds, log));

        progress("resident memory");
        double resident;
        SessionLog loaded;
        try (Workspace ws = Workspace.open(workspaceFile)) {
            long before = HeapMeter.usedAfterGc();
            loaded = ws.sessions().loadLog(sessionId);
            // an open session is the log plus everything the player keeps beside it
            Object[] openSession = {loaded, ReplayIndex.build(loaded), ActivitySummary.build(loaded),
                IdleSpans.detect(loaded), EventJumps.of(loaded)};
            long after = HeapMeter.usedAfterGc();
            resident = (double) (after - before) / loaded.size();
            Blackhole.keep(openSession);
        }
        long before = HeapMeter.usedAfterGc();
        List<NaiveBaseline.NaiveEvent> naiveLoaded = NaiveBaseline.load(naiveDb);
        long after = HeapMeter.usedAfterGc();
        double naiveResident = (double) (after - before) / naiveLoaded.size();
        figures.add(new Figure("resident_bytes_per_event", "memory of an open session", resident, "bytes/event",
                naiveResident, 24, false));

        naiveLoaded = null;

        progress("seek to random times with full state (replay index vs replay from the start)");
        double[] seek = ReplayBenchmarks.seekP99(loaded, SEED);
        figures.add(new Figure("seek_p99_ms", "seek with full state, p99", seek[0], "ms", seek[1], 1, false));

        progress("timeline frames at 1920 px, every zoom");
        double[] frame = ReplayBenchmarks.frameP99(loaded, SEED);
        figures.add(new Figure("timeline_frame_ms", "timeline frame 1920 px, p99", frame[0], "ms", frame[1], 4,
                false));
        loaded = null;

        progress("generating a %,d-event session (R10) for the timeline", events * 10L);
        SessionLog r10 = SessionGenerator.large(SEED, events * 10).log();
        double[] frame10 = ReplayBenchmarks.frameP99(r10, SEED);
        figures.add(new Figure("timeline_frame_ms_r10", "timeline frame 1920 px on R10, p99", frame10[0], "ms",
                frame10[1], 4, false));

        r10 = null;
        int scanMegabytes = scanMegabytes(events);
        progress("sensitive-data scan over %d MB of typed-looking text (detectors vs every regex), median of 7",
                scanMegabytes);
        ScanBenchmark.Result scan = ScanBenchmark.run(SEED, scanMegabytes);
        figures.add(new Figure("scan_mb_per_s", "sensitive-data scan", scan.scanMbPerSecond(), "MB/s",
                scan.naiveMbPerSecond(), 100, true));

        figures.addAll(exportFigures());
        figures.addAll(ObservationFigures.measure(recording, events, rounds, workDir, log));

        ScratchFiles.deleteWorkspace(workspaceFile);
        Files.deleteIfExists(naiveDb);
        Files.deleteIfExists(capture);
        return figures;
    }

    /** 32 MB for R1; a smaller reference session (a quick run, the tests) scans proportionally less, at least 1 MB. */
    static int scanMegabytes(int events) {
        return (int) Math.max(1, Math.min(32, events / 31_250L));
    }

    /**
     * A full verified export in every format of a workspace holding the reference session and the
     * sample sessions, approved and with training consent, beside the naive exporter.
     */
    private List<Figure> exportFigures() throws IOException {
        Path workspaceFile = workDir.resolve("export.trailmark");
        Path outDir = workDir.resolve("export-runs");
        ScratchFiles.deleteWorkspace(workspaceFile);
        ScratchFiles.deleteTree(outDir);
        progress("export: preparing a workspace of approved, consented sessions (R1 + samples)");
        ExportBenchmark.Result result;
        try (Workspace ws = Workspace.open(workspaceFile)) {
            ExportWorkspace.fill(ws, SEED, events);
            progress("export: %d timed round(s) after a warm-up, then the naive baseline the same way", rounds);
            result = ExportBenchmark.run(ws, outDir, ExportBenchmark.DEFAULT_BASELINE_EVENT_LIMIT, 1, rounds);
        }
        ScratchFiles.deleteTree(outDir);
        ScratchFiles.deleteWorkspace(workspaceFile);
        return List.of(
                new Figure("export_events_per_s", "verified export, all formats, with redaction",
                        result.exportEventsPerSecond(), "events/s", result.baselineEventsPerSecond(), 1_000_000, true),
                // The baseline on its own line so scripts can read it by key; it has no target of its own.
                new Figure("export_naive_events_per_s", "naive export baseline (reference, no target)",
                        result.baselineEventsPerSecond(), "events/s", result.baselineEventsPerSecond(), 0, true));
    }

    /**
     * Seconds to import the capture into an open workspace, committed, along the same path the command
     * line and the studio take.
     */
    private static double importInto(Path capture, Path workspaceFile) throws Exception {
        try (Workspace ws = Workspace.open(workspaceFile)) {
            ImportService service = new ImportService(ws, "bench");
            ImportReport[] report = new ImportReport[1];
            double seconds = Stopwatch.seconds(() -> report[0] = service.importPaths(List.of(capture),
                    ImportOptions.defaults(), ImportProgress.NONE));
            if (report[0].imported() != 1) {
                throw new IllegalStateException("benchmark capture was not imported: " + report[0].summary());
            }
            return seconds;
        }
    }

    /** Keeps an object reachable until here, so the collector cannot free it before the measurement. */
    private static final class Blackhole {
        static volatile Object kept;

        static void keep(Object o) {
            kept = o;
            kept = null;
        }
    }

    private void progress(String format, Object... args) {
        log.println("bench: " + String.format(format, args));
        log.flush();
    }
}
