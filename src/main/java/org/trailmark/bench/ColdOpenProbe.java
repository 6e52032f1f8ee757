package org.trailmark.bench;

import java.nio.file.Path;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.ReplayIndex;
import org.trailmark.replay.playback.EventJumps;
import org.trailmark.store.Workspace;

/**
 * Opens one session ready to play in a fresh JVM and says so, for {@code open_cold_ms}: the parent
 * times it from starting {@code java} to the {@code ready} line. Arguments: {@code fast WORKSPACE
 * SESSION} or {@code naive DATABASE}. Prints {@code ready MS}, MS being the open alone inside this JVM.
 */
public final class ColdOpenProbe {
    static final String READY = "ready";

    private ColdOpenProbe() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        if (args[0].equals("naive")) {
            NaiveBaseline.load(Path.of(args[1]));
        } else {
            openOnce(Path.of(args[1]), args[2]);
        }
        double ms = (System.nanoTime() - start) / 1e6;
        System.out.println(READY + " " + ms);
        System.out.flush();
    }

    private static long openOnce(Path workspaceFile, String sessionId) {
        try (Workspace ws = Workspace.open(workspaceFile)) {
            return readyToPlay(ws, sessionId);
        }
    }

    /**
     * What the player builds before its first frame: the events, the replay index, the timeline
     * summary, the idle spans and the event-jump table.
     */
    static long readyToPlay(Workspace ws, String sessionId) {
        SessionLog log = ws.sessions().loadLog(sessionId);
        ReplayIndex index = ReplayIndex.build(log);
        ActivitySummary summary = ActivitySummary.build(log);
        IdleSpans idle = IdleSpans.detect(log);
        EventJumps jumps = EventJumps.of(log);
        return index.approximateBytes() + summary.approximateBytes() + idle.count() + jumps.count(null);
    }
}
