package org.trailmark.replay;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * What a context tracker (ActivityWatch) adds to a session's timeline: the windows it saw where the
 * session names none of its own (before its first focus event, or throughout a recording such as
 * DuckTrack's that records no focus), and the stretches the person was away.
 *
 * <p>A session's own focus events always win: where it has them, the tracker's windows are not
 * shown, so the focus track never holds two answers at once. Context windows carry app ids from
 * {@link #FIRST_APP_ID} up, so the timeline can tell them from the session's own and draw them apart.
 */
public final class SessionContext {
    /** App ids of context windows start here, far above any session's string ids. */
    public static final int FIRST_APP_ID = 1 << 30;
    public static final SessionContext NONE = new SessionContext(List.of(), List.of());

    private final List<FocusSpan> windows;
    private final List<TimeSpan> away;

    private SessionContext(List<FocusSpan> windows, List<TimeSpan> away) {
        this.windows = List.copyOf(windows);
        this.away = List.copyOf(away);
    }

    public static SessionContext of(List<ContextSpan> spans, SessionLog log) {
        if (spans.isEmpty()) {
            return NONE;
        }
        int ownFocusFrom = firstFocusTime(log);
        Map<String, Integer> appIds = new LinkedHashMap<>();
        List<FocusSpan> windows = new ArrayList<>();
        List<TimeSpan> away = new ArrayList<>();
        int lastEnd = Integer.MIN_VALUE;
        List<ContextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(ContextSpan::startMs).thenComparingInt(ContextSpan::endMs));
        for (ContextSpan s : sorted) {
            if (s.kind() == ContextKind.AFK) {
                away.add(new TimeSpan(s.startMs(), s.endMs()));
            } else if (s.kind() == ContextKind.WINDOW) {
                // one window at a time: a span overlapping the one before starts where that one ends
                int start = Math.max(s.startMs(), lastEnd);
                int end = Math.min(s.endMs(), ownFocusFrom);
                if (end > start) {
                    int appId = s.app().isEmpty() ? -1
                            : appIds.computeIfAbsent(s.app(), a -> FIRST_APP_ID + appIds.size());
                    windows.add(new FocusSpan(start, end, appId, s.app().isEmpty() ? null : s.app(), s.title()));
                    lastEnd = end;
                }
            }
        }
        return new SessionContext(windows, away);
    }

    /** Context windows where the session has no focus of its own, ordered and not overlapping. */
    public List<FocusSpan> windows() {
        return windows;
    }

    /** Stretches the tracker saw the person away from the keyboard, ordered by start. */
    public List<TimeSpan> away() {
        return away;
    }

    public static boolean isContextApp(int appId) {
        return appId >= FIRST_APP_ID;
    }

    private static int firstFocusTime(SessionLog log) {
        byte focus = EventKind.FOCUS.code();
        for (int i = 0; i < log.size(); i++) {
            if (log.kindCode(i) == focus) {
                return log.time(i);
            }
        }
        return Integer.MAX_VALUE;
    }
}
