package org.trailmark.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.io.ducktrack.DuckTrackFolderWriter;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * Import as a user sees it: {@code trailmark import DIR --workspace NEW} as a child process, started
 * as {@link JavaChild} says (the launcher beside the packaged jar, with its class-data sharing archive
 * made before the first run; {@code java -jar} without one), with default options (the post-import scan included), beside {@code baseline_import.py} on
 * the same DuckTrack recording, alternating run by run after one untimed run of each, both measured
 * from outside by a {@link ChildMeter}. Medians.
 */
final class WholeProcessImport {
    static final int ONE_MILLION = 1_000_000;
    static final int TEN_MILLION = 10_000_000;

    private final int events;
    private final int runs;
    private final String python;
    private final Path workDir;
    private final PrintWriter log;
    private final String suffix;
    private final boolean agentNet;

    /**
     * @param python  the interpreter for the Python side, or null when there is none
     * @param suffix  appended to every key, so a second size can sit beside the default (e.g. {@code _10m})
     * @param agentNet the same events in the AgentNet Tool's layout ({@link AgentNetLayout}) instead of DuckTrack's
     */
    WholeProcessImport(int events, int runs, String python, Path workDir, PrintWriter log, String suffix,
                       boolean agentNet) {
        this.agentNet = agentNet;
        this.events = events;
        this.runs = Math.max(1, runs);
        this.python = python;
        this.workDir = workDir;
        this.log = log;
        this.suffix = suffix;
    }

    List<Figure> run() throws IOException, InterruptedException {
        Path dir = workDir.resolve("whole-process-import");
        Path scripts = BaselineScripts.extract(dir.resolve("scripts"));
        Path recording = dir.resolve("r1-ducktrack");
        writeRecording(scripts, recording);
        if (agentNet) {
            Path converted = dir.resolve("r1-agentnet");
            AgentNetLayout.convert(recording, converted);
            ScratchFiles.deleteTree(recording);
            recording = converted;
        }
        long lines = countLines(recording.resolve("events.jsonl"));
        ChildMeter meter = ChildMeter.best(dir.resolve("meter"), python);
        JavaChild java = JavaChild.ofThisBuild();
        java.prepare();
        Path workspace = dir.resolve("import.trailmark");
        Path database = dir.resolve("baseline.sqlite");
        List<String> importCommand = java.trailmark(List.of("import", recording.toString(), "--workspace",
                workspace.toString()));
        List<String> baselineCommand = python == null ? null
                : List.of(python, scripts.resolve(BaselineScripts.BASELINE_IMPORT).toString(), recording.toString(),
                        database.toString());
        progress("whole-process import of %,d %s events: %s import, default options, beside %s; measured by %s;"
                        + " one untimed run of each, then %d alternating", lines, layoutName(), java.description(),
                python == null ? "no Python baseline" : BaselineScripts.BASELINE_IMPORT, meter.description(), runs);
        List<ChildRun> own = new ArrayList<>();
        List<ChildRun> base = new ArrayList<>();
        for (int r = -1; r < runs; r++) {
            ScratchFiles.deleteWorkspace(workspace);
            ChildRun ownRun = meter.run(importCommand);
            checkImported(ownRun, workspace, meter);
            ChildRun baseRun = null;
            if (baselineCommand != null) {
                Files.deleteIfExists(database);
                baseRun = meter.run(baselineCommand);
                checkBaseline(baseRun, lines, meter);
            }
            progress("%s: trailmark %s%s", r < 0 ? "untimed run" : "run " + (r + 1) + " of " + runs, describe(ownRun),
                    baseRun == null ? "" : "; python " + describe(baseRun));
            if (r >= 0) {
                own.add(ownRun);
                if (baseRun != null) {
                    base.add(baseRun);
                }
            }
        }
        meter.cleanUp();
        ScratchFiles.deleteTree(dir);
        return figures(lines, own, base,
                meter.description() + "; " + java.description() + " import, default options (post-import scan included)",
                meter.description() + "; python3 " + BaselineScripts.BASELINE_IMPORT);
    }

    private List<Figure> figures(long lines, List<ChildRun> own, List<ChildRun> base, String how, String baselineHow) {
        double wall = median(own, ChildRun::wallSeconds);
        double rss = median(own, ChildRun::peakRssMib);
        double cpu = median(own, ChildRun::cpuSeconds);
        double baseWall = median(base, ChildRun::wallSeconds);
        double baseRss = median(base, ChildRun::peakRssMib);
        double baseCpu = median(base, ChildRun::cpuSeconds);
        String what = String.format("%,d %s events", lines, layoutName());
        String layout = agentNet ? "agentnet" : "ducktrack";
        // the DuckTrack keys are the ones issue 13 names; the AgentNet ones say their layout
        String also = (agentNet ? "_agentnet" : "") + suffix;
        double rateTarget = Math.round(events >= TEN_MILLION ? TEN_MILLION / 6.0 : ONE_MILLION / 0.65);
        double wallTarget = events == ONE_MILLION ? 0.65 : events == TEN_MILLION ? 6 : 0;
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("import_" + layout + "_events_per_s" + suffix, "whole-process import, " + what,
                        lines / wall, "events/s", lines / baseWall, rateTarget, true, how),
                new Figure("import_" + layout + "_wall_s" + suffix, "whole-process import wall time, " + what, wall, "s",
                        baseWall, wallTarget, false, how),
                new Figure("import_peak_rss_mib" + also, "whole-process import peak resident memory, " + what, rss,
                        "MiB", baseRss, 150, false, how),
                new Figure("import_" + layout + "_cpu_s" + suffix, "whole-process import CPU time, all threads, user + system"
                        + " (reference: what wall time hides on a busy machine)", cpu, "s", baseCpu, 0, false, how)));
        String reason = "no Python interpreter (python3 on PATH, or --python CMD): the Python baseline was not run";
        if (base.isEmpty()) {
            figures.add(Figure.notMeasured("baseline_python_import_wall_s" + also, "Python row-per-event import wall"
                    + " time (reference)", "s", 0, false, reason));
            figures.add(Figure.notMeasured("baseline_python_peak_rss_mib" + also, "Python row-per-event import peak"
                    + " resident memory (reference)", "MiB", 0, false, reason));
            figures.add(Figure.notMeasured("import_" + layout + "_vs_python" + suffix, "whole-process import, times"
                    + " faster than the Python baseline", "x", 8, true, reason));
            return figures;
        }
        figures.add(new Figure("baseline_python_import_wall_s" + also, "Python row-per-event import wall time"
                + " (reference)", baseWall, "s", baseWall, 0, false, baselineHow));
        figures.add(new Figure("baseline_python_peak_rss_mib" + also, "Python row-per-event import peak resident"
                + " memory (reference)", baseRss, "MiB", baseRss, 0, false, baselineHow));
        figures.add(new Figure("import_" + layout + "_vs_python" + suffix, "whole-process import, times faster than the"
                + " Python baseline", baseWall / wall, "x", 1, 8, true, how));
        return figures;
    }

    private String layoutName() {
        return agentNet ? "AgentNet" : "DuckTrack";
    }

    private static double median(List<ChildRun> runs, java.util.function.ToDoubleFunction<ChildRun> figure) {
        return runs.isEmpty() ? Double.NaN : Stopwatch.median(runs.stream().mapToDouble(figure).toArray());
    }

    private static String describe(ChildRun run) {
        return String.format("%.2f s, %.0f MiB peak, %.2f s CPU", run.wallSeconds(), run.peakRssMib(), run.cpuSeconds());
    }

    /** make_r1.py when there is Python (the recording behind the figures), else an equivalent from Java. */
    private void writeRecording(Path scripts, Path recording) throws IOException, InterruptedException {
        ScratchFiles.deleteTree(recording);
        if (python != null) {
            progress("writing the reference recording: %s %s %,d", python, BaselineScripts.MAKE_R1, events);
            Process p = new ProcessBuilder(python, scripts.resolve(BaselineScripts.MAKE_R1).toString(),
                    recording.toString(), Integer.toString(events)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IOException(BaselineScripts.MAKE_R1 + " failed (exit " + p.exitValue() + ")");
            }
            return;
        }
        progress("no Python: writing a %,d-event DuckTrack recording from the session generator instead of %s",
                events, BaselineScripts.MAKE_R1);
        GeneratedSession generated = SessionGenerator.large(BenchmarkSuite.SEED, events);
        DuckTrackFolderWriter.write(generated.info(), generated.log(), recording);
    }

    /** Exit 1 is "imported with warnings" (the recording names no host); what counts is the stored session. */
    private static void checkImported(ChildRun run, Path workspace, ChildMeter meter) throws IOException {
        if (run.exitCode() > 1) {
            throw new IOException("the import child failed (exit " + run.exitCode() + "): " + meter.childErrorLine());
        }
        try (Workspace ws = Workspace.openExisting(workspace)) {
            List<SessionSummary> sessions = ws.sessions().all();
            if (sessions.size() != 1 || sessions.get(0).events() == 0) {
                throw new IOException("the import child stored " + sessions.size() + " sessions, expected one");
            }
        }
    }

    private static void checkBaseline(ChildRun run, long lines, ChildMeter meter) throws IOException {
        String[] printed = run.stdout().trim().split("\\s+");
        if (run.exitCode() != 0 || !printed[0].equals(Long.toString(lines))) {
            throw new IOException("the Python baseline failed (exit " + run.exitCode() + "): " + meter.childErrorLine());
        }
    }

    private static long countLines(Path file) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return in.lines().count();
        }
    }

    private void progress(String format, Object... args) {
        log.println("bench: " + String.format(format, args));
        log.flush();
    }
}
