package org.trailmark.ingest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trailmark.io.activitywatch.ContextEvent;
import org.trailmark.model.ContextSpan;

/**
 * Places wall-clock context events on the sessions they overlap: clipped to each session, in ms from
 * its start. Only what matched is held, so a large export costs memory for the spans kept only.
 */
final class ContextMatch {
    /** A session a context export may add to: its time on the wall clock and its capture host (or null). */
    record Candidate(String id, Instant start, long durationMs, String host) {
        long startMs() {
            return start.toEpochMilli();
        }

        long endMs() {
            return startMs() + durationMs;
        }
    }

    private final List<Candidate> byStart;
    private final long longestMs;
    private final boolean hostMayBeUnknown;
    private final String sourceName;
    private final Map<String, List<ContextSpan>> matched = new LinkedHashMap<>();
    private final ContextCounts unmatched = new ContextCounts();

    /**
     * @param hostMayBeUnknown true when the sessions were named by the user: an event or session without
     *                         a host then matches on time alone
     */
    ContextMatch(List<Candidate> candidates, boolean hostMayBeUnknown, String sourceName) {
        this.byStart = candidates.stream().sorted(Comparator.comparingLong(Candidate::startMs)).toList();
        this.longestMs = candidates.stream().mapToLong(Candidate::durationMs).max().orElse(0);
        this.hostMayBeUnknown = hostMayBeUnknown;
        this.sourceName = sourceName;
        for (Candidate c : byStart) {
            matched.put(c.id(), new ArrayList<>());
        }
    }

    void accept(ContextEvent event) {
        long from = event.start().toEpochMilli();
        long to = event.end().toEpochMilli();
        boolean any = false;
        // sessions starting before the event ends, back to the longest session's reach before it starts
        for (int i = firstStartingAtOrAfter(to) - 1; i >= 0; i--) {
            Candidate c = byStart.get(i);
            if (c.startMs() < from - longestMs) {
                break;
            }
            if (c.endMs() > from && sameHost(c, event)) {
                int startMs = (int) Math.max(0, from - c.startMs());
                int endMs = (int) Math.min(c.durationMs(), to - c.startMs());
                if (endMs > startMs) {
                    matched.get(c.id()).add(new ContextSpan(event.kind(), startMs, endMs, event.app(), event.title(),
                            event.url(), sourceName));
                    any = true;
                }
            }
        }
        if (!any) {
            unmatched.count(event);
        }
    }

    /** Spans per candidate session, in candidate order (sessions nothing matched have an empty list). */
    Map<String, List<ContextSpan>> matched() {
        return matched;
    }

    ContextCounts unmatched() {
        return unmatched;
    }

    private boolean sameHost(Candidate c, ContextEvent e) {
        if (c.host() != null && e.host() != null) {
            return c.host().equals(e.host());
        }
        return hostMayBeUnknown;
    }

    private int firstStartingAtOrAfter(long ms) {
        int lo = 0;
        int hi = byStart.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (byStart.get(mid).startMs() < ms) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public String toString() {
        return "ContextMatch[" + byStart.size() + " sessions, " + Objects.toString(sourceName) + "]";
    }
}
