package org.trailmark.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = {
        "Check capture files and folders and report every problem. Writes nothing.",
        "Exit code: 0 valid, 1 readable with warnings, 2 nothing readable."})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Mixin
    ImportLimitOptions limits;

    @Option(names = "--workspace", hidden = true, description = "Accepted for symmetry; validate never opens a workspace.")
    Path workspace;

    @Option(names = "--debug", hidden = true)
    boolean debug;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int readable = 0;
        int problems = 0;
        ImportOptions options = limits.options(null);
        for (Path path : paths) {
            ReadResult result = Importers.read(path, options);
            for (ParsedSession s : result.sessions()) {
                readable++;
                out.printf("%s: %s session %s, %,d events%n", s.source(), s.info().sourceFormat(), s.info().id(),
                        s.log().size());
            }
            for (Problem p : result.problems()) {
                out.println(p);
                if (!p.isNote()) {
                    problems++;
                }
            }
        }
        out.printf("%d session%s readable, %d problem%s%n", readable, readable == 1 ? "" : "s", problems,
                problems == 1 ? "" : "s");
        out.flush();
        if (readable == 0) {
            return 2;
        }
        return problems == 0 ? 0 : 1;
    }
}
