package org.trailmark.replay.frame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.SessionLog;
import org.trailmark.replay.ActivitySummary;
import org.trailmark.replay.FocusSpan;
import org.trailmark.replay.IdleSpans;

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

    public TimelineSource(ActivitySummary summary, IdleSpans idle, long durationMs) {
        if (durationMs < 0) {
            throw new IllegalArgumentException("duration must not be negative");
        }
        this.summary = summary;
        this.idle = idle;
        this.durationMs = durationMs;
        this.appRankById = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (FocusSpan span : summary.focusSpansIn(Integer.MIN_VALUE, Integer.MAX_VALUE)) {
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
        return TimelineFrame.compute(summary, idle, fromMs, toMs, width);
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

    /** The app's position in {@link #apps()}, or -1 for a window without a named app. */
    public int appRank(int appId) {
        return appRankById.getOrDefault(appId, -1);
    }
}
