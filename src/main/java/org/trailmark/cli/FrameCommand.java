package org.trailmark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.trailmark.export.FrameSnapshot;
import org.trailmark.export.ScreenMasking;
import org.trailmark.store.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "frame", description = "Write what the studio's picture shows at a time of a session as a PNG:"
        + " the frame on screen then, every mask burnt in (flagged and private stretches hidden, region flags"
        + " painted over; nothing can be revealed here) and the recorded pointer as a ring.")
final class FrameCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SESSION", description = "Session id.")
    String sessionId;

    @Option(names = "--at", required = true, paramLabel = "TIME", converter = TimeArgument.class,
            description = "Time in the session: 12500 (ms), 12.5s or 00:00:12.500.")
    int atMs;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "The PNG file to write.")
    Path out;

    @Option(names = "--force", description = "Replace FILE.png if it exists.")
    boolean force;

    @Override
    public Integer call() {
        Path target = OutputFile.check(out, "--out", force);
        byte[] png;
        try (Workspace workspace = common.openWorkspace()) {
            ReviewCli.requireSession(workspace, sessionId);
            png = FrameSnapshot.png(workspace, sessionId, atMs, ScreenMasking.standard());
        } catch (FrameSnapshot.NoPicture e) {
            throw new UserError(e.getMessage());
        } catch (IOException e) {
            throw new UserError("could not read the screen recording of " + sessionId + ": " + e.getMessage());
        }
        try {
            Files.createDirectories(target.getParent());
            Files.write(target, png);
        } catch (IOException e) {
            throw new UserError("--out " + target + ": could not write it (" + FileProblem.describe(e) + ")");
        }
        spec.commandLine().getOut().println("Wrote " + target);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
