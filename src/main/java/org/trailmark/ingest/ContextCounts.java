package org.trailmark.ingest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.trailmark.io.activitywatch.ContextEvent;
import org.trailmark.model.ContextKind;

/**
 * Counts of context events that matched no session: by kind, by host pseudonym and the wall-clock
 * stretch they cover, so the person sees why (another host, another day) without any title or URL.
 */
public final class ContextCounts {
    /** The key of events whose bucket named no host. */
    public static final String NO_HOST = "no host";

    private final Map<ContextKind, Integer> byKind = new EnumMap<>(ContextKind.class);
    private final Map<String, Integer> byHost = new TreeMap<>();
    private Instant first;
    private Instant last;

    void count(ContextEvent e) {
        byKind.merge(e.kind(), 1, Integer::sum);
        byHost.merge(e.host() == null ? NO_HOST : e.host(), 1, Integer::sum);
        first = first == null || e.start().isBefore(first) ? e.start() : first;
        last = last == null || e.end().isAfter(last) ? e.end() : last;
    }

    public int total() {
        return byKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Map<ContextKind, Integer> byKind() {
        return Map.copyOf(byKind);
    }

    public Map<String, Integer> byHost() {
        return new TreeMap<>(byHost);
    }

    /** The earliest start of the events counted, or null when none. */
    public Instant first() {
        return first;
    }

    /** The latest end of the events counted, or null when none. */
    public Instant last() {
        return last;
    }
}
