package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.review.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

        @Mixin
        ManualFlagOptions flag;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Flag added = flag.add(common, Flag::manual);
            out.printf("Added flag %d (%s, %s) to %s%n", added.id(), added.category().wireName(),
                    Times.span(added.startMs(), added.endMs()), added.sessionId());
            out.flush();
            return 0;
        }
    }
}
