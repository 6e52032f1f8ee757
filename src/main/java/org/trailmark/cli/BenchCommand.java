package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.bench.BaselineScripts;
import org.trailmark.bench.BenchmarkSuite;
import org.trailmark.bench.Figure;
import org.trailmark.bench.LoadSampler;
import org.trailmark.bench.MachineFacts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Measure the performance budget on a generated reference session (R1 = 1,000,000 events),",
        "each figure beside a naive baseline measured in the same run. Progress goes to stderr."})
final class BenchCommand implements Callable<Integer> {
    /** The real OBS recording the tests use (H.264 High, 1276×718, keyframe every 250 frames, B-frames). */
    static final Path CHECKOUT_RECORDING = Path.of("src", "test", "resources", "agentnet-video",
            "2024-11-05 18-56-31.mp4");

    @Spec
    CommandSpec spec;

    @Option(names = "--events", paramLabel = "N", description = "Events in the reference session (default: ${DEFAULT-VALUE}).")
    int events = 1_000_000;

    @Option(names = "--rounds", paramLabel = "N", description = "Repetitions of each timed step; the median is reported (default: ${DEFAULT-VALUE}).")
    int rounds = 3;

    @Option(names = "--work", paramLabel = "DIR", description = "Scratch folder (default: a new temporary folder).")
    Path work;


    @Option(names = "--json", description = "Print one object keyed by figure: {value, unit, baseline, target, meets_target};"
            + " target and meets_target are null for a figure reported for reference only.")
    boolean json;

    @Option(names = "--video", paramLabel = "FILE", description = {"A screen recording to repeat into one long video for the"
            + " screen-video figures (default: the AgentNet recording in the project's test resources, when run"
            + " from a checkout; without one those figures are left out)."})
    Path video;

    @Option(names = "--video-minutes", paramLabel = "N", description = "Length of that long video (default: ${DEFAULT-VALUE}).")
    int videoMinutes = 120;

    @Option(names = "--video-only", description = "Measure only the screen-video figures.")
    boolean videoOnly;

    @Option(names = "--no-video", description = "Leave the screen-video figures out.")
    boolean noVideo;

    @Option(names = "--import-events", paramLabel = "N", description = {"Events in the DuckTrack recording for the"
            + " whole-process import figures: `trailmark import` as a child process beside a Python row-per-event"
            + " import, measured from outside (default: ${DEFAULT-VALUE}; 0 leaves them out)."})
    int importEvents = 1_000_000;

    @Option(names = "--import-runs", paramLabel = "N", description = "Timed runs of each side of the whole-process"
            + " import, alternating, after one untimed run of each (default: ${DEFAULT-VALUE}).")
    int importRuns = 5;

    @Option(names = "--import-10m", description = "Also measure the whole-process import on 10,000,000 events"
            + " (takes several minutes).")
    boolean importTenMillion;

    @Option(names = "--import-agentnet", description = "Also measure the whole-process import on the same events in"
            + " the AgentNet Tool's layout.")
    boolean importAgentNet;

    @Option(names = "--python", paramLabel = "CMD", description = "Python interpreter for the baseline and the"
            + " recording generator (default: python3 on PATH; without one the Python figures are not measured).")
    String python;

    @Option(names = "--team", paramLabel = "URL", description = {"Also measure a team workspace on PostgreSQL against a"
            + " workspace file: import, open, and " + "8 labelers editing at once (issue 14). The workspace must exist"
            + " (trailmark workspace init URL); the bench erases the sessions it adds."})
    String team;

    @Option(names = "--team-only", description = "Measure only the team workspace figures (needs --team).")
    boolean teamOnly;

    @Option(names = "--workspace", hidden = true, description = "Accepted for symmetry; bench uses scratch workspaces.")
    Path workspace;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (events < 1000) {
            throw new UserError("--events must be at least 1000");
        }
        if (rounds < 1) {
            throw new UserError("--rounds must be at least 1");
        }
        if (videoMinutes < 1) {
            throw new UserError("--video-minutes must be at least 1");
        }
        if (importEvents != 0 && importEvents < 1000) {
            throw new UserError("--import-events must be 0 or at least 1000");
        }
        if (importRuns < 1) {
            throw new UserError("--import-runs must be at least 1");
        }
        if (noVideo && (videoOnly || video != null)) {
            throw new UserError("--no-video cannot go with --video or --video-only");
        }
        Path recording = noVideo ? null
                : video != null ? video : Files.isRegularFile(CHECKOUT_RECORDING) ? CHECKOUT_RECORDING : null;
        if (recording != null && !Files.isRegularFile(recording)) {
            throw new UserError("no such video file: " + recording);
        }
        if (teamOnly && team == null) {
            throw new UserError("--team-only needs --team postgresql://…");
        }
        if (team != null && !org.trailmark.store.pg.PostgresLocation.isPostgresUrl(team)) {
            throw new UserError("--team takes a postgresql:// URL, not " + team);
        }
        Path dir = work != null ? work : Files.createTempDirectory("trailmark-bench");
        String interpreter = BaselineScripts.findPython(python).orElse(null);
        if (python != null && interpreter == null) {
            spec.commandLine().getErr().println("bench: no Python interpreter " + python
                    + ": the Python baseline figures will say not measured");
        }
        MachineFacts machine = MachineFacts.ofThisMachine();
        LoadSampler load = LoadSampler.start();
        List<Figure> figures;
        try {
            figures = new java.util.ArrayList<>();
            if (team != null) {
                figures.addAll(BenchmarkSuite.team(org.trailmark.store.pg.PostgresLocation.parse(team), events, rounds, dir,
                        spec.commandLine().getErr()));
            }
            if (!teamOnly) {
                figures.addAll(new BenchmarkSuite(events, rounds, dir, spec.commandLine().getErr())
                    .withVideo(recording, videoMinutes, videoOnly)
                    .withWholeProcessImport(videoOnly ? 0 : importEvents, importRuns, interpreter,
                            !videoOnly && importTenMillion, !videoOnly && importAgentNet)
                    .run());
            }
        } finally {
            load.close();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            BenchOutput.printJson(out, figures, machine, load.stop());
        } else {
            BenchOutput.printTable(out, figures, machine, load.stop());
        }
        if (work == null) {
            Files.deleteIfExists(dir);
        }
        return 0;
    }
}
