package org.trailmark.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.io.ducktrack.DuckTrackFolderWriter;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.playback.EventJumps;
import org.trailmark.store.Workspace;

/**
 * What the {@code trailmark} launcher runs once, under {@code -XX:DumpLoadedClassList}, to learn which
 * classes a usual start loads, so that they go into its class-data sharing archive
 * (docs/decisions/0015-start-up.md): the help (every command's model), an import of a small generated
 * DuckTrack recording into a new workspace with the post-import scan, the session list, and opening
 * the session ready to play. It works only inside the folder it is given and prints nothing.
 */
public final class StartupTraining {
    private static final int EVENTS = 3_000;
    private static final long SEED = 15;

    private StartupTraining() {
    }

    /** Argument: an empty folder to work in (the launcher removes it afterwards). */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: StartupTraining EMPTY_FOLDER");
            System.exit(2);
        }
        System.exit(run(Path.of(args[0])));
    }

    /** Exit code of the import (0 or 1 when it stored the session), 2 when anything failed. */
    static int run(Path folder) throws IOException {
        Files.createDirectories(folder);
        Path recording = folder.resolve("recording");
        Path workspaceFile = folder.resolve("training.tmw");
        GeneratedSession generated = SessionGenerator.large(SEED, EVENTS);
        DuckTrackFolderWriter.write(generated.info(), generated.log(), recording);
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Cli.run(new String[] {"--help"}, quiet, quiet);
        int imported = Cli.run(new String[] {"import", recording.toString(), "--workspace", workspaceFile.toString()},
                quiet, quiet);
        Cli.run(new String[] {"sessions", "--workspace", workspaceFile.toString()}, quiet, quiet);
        if (imported > 1) {
            return imported;
        }
        try (Workspace ws = Workspace.openExisting(workspaceFile)) {
            String id = ws.sessions().all().get(0).info().id();
            SessionLog log = ws.sessions().loadLog(id);
            long touched = ReplayIndex.build(log).approximateBytes() + ActivitySummary.build(log).approximateBytes()
                    + IdleSpans.detect(log).count() + EventJumps.of(log).count(null);
            return touched > 0 ? imported : 2;
        }
    }
}
