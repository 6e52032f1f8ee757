package org.trailmark.replay.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.FocusSpan;
import org.trailmark.replay.IdleSpans;
import org.trailmark.replay.SessionContext;

/**
 * What the timeline of one session draws from, built once when the session opens: the activity
 * summary, the idle spans, the duration and the session's applications in order of first focus
 * (an app's position picks its colour, so colours stay put while zooming and panning).
 */
public final class TimelineSource {
    private final ActivitySummary summary;
    private final IdleSpans idle;
    private final long durationMs;
    private final Map<Integer, Integer> appRankById;
    private final List<String> apps;
    private final List<FocusSpan> contextWindows;

    public TimelineSource(ActivitySummary summary, IdleSpans idle, long durationMs) {
        this(summary, idle, durationMs, SessionContext.NONE);
    }

    /**
     * With a context tracker's windows on the focus track where the session has none of its own, and
     * its away stretches shaded like idle ones; their apps take colours after the session's own.
     */
    public TimelineSource(ActivitySummary summary, IdleSpans idle, long durationMs, SessionContext context) {
        if (durationMs < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        this.summary = summary;
        this.idle = idle.with(context.away());
        this.durationMs = durationMs;
        this.contextWindows = context.windows();
        this.appRankById = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<FocusSpan> all = new ArrayList<>(summary.focusSpansIn(Integer.MIN_VALUE, Integer.MAX_VALUE));
        all.addAll(contextWindows);
        for (FocusSpan span : all) {
            if (span.appId() >= 0 && !appRankById.containsKey(span.appId())) {
                appRankById.put(span.appId(), names.size());
                names.add(span.app());
            }
        }
        this.apps = List.copyOf(names);
    }

    /** Builds the summary and the idle spans (default threshold) from the log: one pass each. */
    public static TimelineSource of(SessionLog log) {
        return new TimelineSource(ActivitySummary.build(log), IdleSpans.detect(log), log.durationMs());
    }

    public TimelineFrame frame(double fromMs, double toMs, int width) {
        return TimelineFrame.compute(summary, idle, contextWindows, fromMs, toMs, width);
    }

    public ActivitySummary summary() {
        return summary;
    }

    public IdleSpans idle() {
        return idle;
    }

    public long durationMs() {
        return durationMs;
    }

    /** The apps in order of first focus. */
    public List<String> apps() {
        return apps;
    }

    /** True when the focus track shows windows from a context tracker. */
    public boolean hasContextWindows() {
        return !contextWindows.isEmpty();
    }

    /** True for a window a context tracker saw rather than one the session recorded. */
    public boolean isContext(FocusSpan span) {
        return SessionContext.isContextApp(span.appId());
    }

    /** The app's position in {@link #apps()}, or -1 for a window without a named app. */
    public int appRank(int appId) {
        return appRankById.getOrDefault(appId, -1);
    }
}
