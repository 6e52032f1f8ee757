package org.trailmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trailmark.model.Label;
import org.trailmark.review.LabelsExchange;
import org.trailmark.review.LabelsImport;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "labels", description = "The label set, and a session's labels as a file to exchange between"
        + " workspaces.", subcommands = {LabelsCommand.ListLabels.class, LabelsCommand.Export.class,
        LabelsCommand.Import.class})
final class LabelsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "list", description = "Show the workspace's task label set.")
    static final class ListLabels implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                out.printf("%-6s  %-8s  %s%n", "KEY", "COLOUR", "NAME");
                for (Label label : workspace.review().labels()) {
                    out.printf("%-6s  %-8s  %s%n", label.hasHotkey() ? String.valueOf(label.hotkey()) : "-",
                            label.colour(), label.name());
                }
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "export", description = "Write a session's tasks, flags and review status to a JSON file.")
    static final class Export implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
        String sessionId;

        @Option(names = {"--output", "-o"}, required = true, paramLabel = "FILE", description = "The file to write.")
        Path output;

        @Option(names = "--force", description = "Replace FILE if it exists.")
        boolean force;

        @Override
        public Integer call() throws IOException {
            Path file = OutputFile.check(output, "--output", force);
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                ReviewCli.requireSession(workspace, sessionId);
                ReviewService service = ReviewCli.service(workspace, null);
                new LabelsExchange(service).write(sessionId, file);
                out.printf("Wrote the labels of %s to %s (%d tasks, %d flags)%n", sessionId, file,
                        workspace.review().tasks(sessionId).size(), workspace.flags().ofSession(sessionId).size());
                out.flush();
                return 0;
            }
        }
    }

    @Command(name = "import", description = "Read a labels file into the session of the same id. Nothing here is"
            + " overwritten: differing items are reported as conflicts and left out.")
    static final class Import implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "A file written by `labels export`.")
        Path input;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            try (Workspace workspace = common.openWorkspace()) {
                ReviewService service = ReviewCli.service(workspace, null);
                LabelsImport result;
                try {
                    result = new LabelsExchange(service).read(input);
                } catch (org.trailmark.review.ReviewException e) {
                    throw new UserError(e.getMessage());
                }
                out.printf("%s: %d task%s added (%d already here), %d flag%s added (%d already here), %d label%s"
                                + " added%s%n", result.sessionId(), result.tasksAdded(), plural(result.tasksAdded()),
                        result.tasksAlreadyPresent(), result.flagsAdded(), plural(result.flagsAdded()),
                        result.flagsAlreadyPresent(), result.labelsAdded(), plural(result.labelsAdded()),
                        result.statusTaken() ? ", review status taken from the file" : "");
                for (String conflict : result.conflicts()) {
                    out.println("conflict: " + conflict);
                }
                out.flush();
                return result.conflicts().isEmpty() ? 0 : 1;
            }
        }

        private static String plural(int n) {
            return n == 1 ? "" : "s";
        }
    }
}
