package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.review.ReviewService;
import org.trailmark.review.Times;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "flag", description = "Mark sensitive stretches of a session.", subcommands = FlagCommand.Add.class)
final class FlagCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Flag a stretch as sensitive (a manual flag, confirmed)."
            + "%nTimes T: milliseconds (12500), seconds (12.5s) or hh:mm:ss.mmm.")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
        String sessionId;

        @Option(names = "--from", required = true, paramLabel = "T", converter = TimeArgument.class,
                description = "Where the flag starts.")
        int from;

        @Option(names = "--to", required = true, paramLabel = "T", converter = TimeArgument.class,
                description = "Where it ends (exclusive).")
        int to;

        @Option(names = "--category", required = true, paramLabel = "C", description = "password, credential,"
                + " personal_data, third_party, private or other.")
        String category;

        @Option(names = "--reason", paramLabel = "R", description = "Why it is sensitive (your words).")
        String reason;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            if (to <= from) {
                throw new UserError("--to must be after --from");
            }
            FlagCategory c = ReviewCli.choice(category, "--category", FlagCategory.class, FlagCategory::ofWireName);
            try (Workspace workspace = common.openWorkspace()) {
                ReviewCli.requireSession(workspace, sessionId);
                ReviewService service = ReviewCli.service(workspace, null);
                Flag added = ReviewCli.plainly(() -> service.addFlag(Flag.manual(sessionId, from, to, c,
                        reason == null || reason.isBlank() ? null : reason.strip())));
                out.printf("Added flag %d (%s, %s) to %s%n", added.id(), c.wireName(),
                        Times.span(added.startMs(), added.endMs()), sessionId);
                out.flush();
                return 0;
            }
        }
    }
}
