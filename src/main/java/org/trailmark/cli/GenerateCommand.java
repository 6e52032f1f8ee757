package org.trailmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.generate.SampleSet;
import org.trailmark.generate.SessionGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = {
        "Write deterministic synthetic sessions: the sample set, or with --events one long session",
        "(the benchmark's R1 = 1000000 and R10 = 10000000 events). The same seed gives the same bytes."})
final class GenerateCommand implements Callable<Integer> {
    static final long DEFAULT_SEED = SessionGenerator.DEFAULT_SEED;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = DEFAULT_SEED;

    @Option(names = "--events", paramLabel = "N", description = "Write one long session of exactly N events instead of the sample set.")
    Integer events;

    @Option(names = "--format", paramLabel = "FORMAT", description = "native (default) or ducktrack.")
    String format = "native";

    @Option(names = "--workspace", hidden = true, description = "Accepted for symmetry; generate never opens a workspace.")
    Path workspace;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("native") && !format.equals("ducktrack")) {
            throw new UserError("--format must be one of native, ducktrack, not '" + format + "'");
        }
        if (events != null && events < 1) {
            throw new UserError("--events must be at least 1");
        }
        Files.createDirectories(out);
        PrintWriter stdout = spec.commandLine().getOut();
        List<Path> written = events == null ? SampleSet.write(out, seed, format) : List.of(writeLarge());
        for (Path p : written) {
            stdout.println(p);
        }
        stdout.printf("wrote %d session%s to %s (seed %d)%n", written.size(), written.size() == 1 ? "" : "s", out, seed);
        stdout.flush();
        return 0;
    }

    private Path writeLarge() throws IOException {
        return SampleSet.writeLarge(out, seed, events, format);
    }
}
