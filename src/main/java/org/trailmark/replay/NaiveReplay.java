package org.trailmark.replay;

import org.trailmark.model.SessionLog;

/**
 * The state at a moment by replaying every event from the start: the baseline the benchmark
 * measures {@link ReplayIndex} against, and the reference its tests compare with.
 */
public final class NaiveReplay {
    private NaiveReplay() {
    }

    public static ReplayState stateAt(SessionLog log, int timeMs) {
        int last = timeMs == Integer.MAX_VALUE ? log.size() - 1 : log.firstIndexAtOrAfter(timeMs + 1) - 1;
        PointerTracker pointer = new PointerTracker();
        ContextTracker context = new ContextTracker();
        for (int i = 0; i <= last; i++) {
            pointer.apply(log.kind(i), log.x(i), log.y(i), log.a(i));
            context.apply(log.kind(i), log.a(i), log.b(i));
        }
        TextHistory text = TextReconstruction.upTo(log, last + 1);
        return new ReplayState(timeMs, last, pointer.known(), pointer.x(), pointer.y(), pointer.buttons(),
                log.string(context.app()), log.string(context.title()), context.role(), log.string(context.label()),
                context.paused(), text.at(last), text.recentKeys(last, ReplayState.HUD_KEYS));
    }
}
