package org.trailmark.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.trailmark.model.Flag;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.Times;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Region flags: a flag that masks one area of the screen during its stretch. Listed by {@code flags}. */
@Command(name = "region", description = "Mask an area of the screen over a stretch of a session (a region flag;"
        + " `trailmark flags SESSION` lists it with the other flags).", subcommands = RegionCommand.Add.class)
final class RegionCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", description = "Flag an area of the screen as sensitive from --from to --to (a manual"
            + " flag, confirmed): the studio and every exported frame of that stretch cover it."
            + "%nTimes T: milliseconds (12500), seconds (12.5s) or hh:mm:ss.mmm."
            + "%nX,Y,W,H: screen pixels of the captured display, as the pointer's coordinates"
            + " (`trailmark info SESSION` lists the screens).")
    static final class Add implements Callable<Integer> {
        @Mixin
        CommonOptions common;

        @Spec
        CommandSpec spec;

        @Mixin
        ManualFlagOptions flag;

        @Option(names = "--rect", required = true, paramLabel = "X,Y,W,H", converter = RectArgument.class,
                description = "The area to mask: left, top, width and height in screen pixels.")
        ScreenRegion rect;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Flag added = flag.add(common, (session, fromMs, toMs, category, reason) ->
                    Flag.region(session, fromMs, toMs, rect, category, reason));
            out.printf("Added region flag %d (%s, %s, region %s) to %s%n", added.id(), added.category().wireName(),
                    Times.span(added.startMs(), added.endMs()), added.region(), added.sessionId());
            out.flush();
            return 0;
        }
    }
}
