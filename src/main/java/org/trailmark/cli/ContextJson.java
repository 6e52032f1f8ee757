package org.trailmark.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.trailmark.model.ContextKind;
import org.trailmark.model.ContextSpan;

/**
 * A session's context as {@code info} shows it: counts by kind, the files it came from and the
 * capture host; never a title or URL.
 */
final class ContextJson {
    private ContextJson() {
    }

    static ObjectNode of(List<ContextSpan> spans, String captureHost) {
        ObjectNode node = Json.object();
        node.put("capture_host", captureHost);
        node.put("total", spans.size());
        ObjectNode counts = node.putObject("by_kind");
        Map<ContextKind, Long> byKind = byKind(spans);
        for (ContextKind k : ContextKind.values()) {
            counts.put(k.key(), byKind.getOrDefault(k, 0L));
        }
        var sources = node.putArray("sources");
        sources(spans).forEach(sources::add);
        return node;
    }

    /** e.g. "window 12, afk 2, web 0 from aw-buckets-export.json", or "(none)". */
    static String line(List<ContextSpan> spans) {
        if (spans.isEmpty()) {
            return "(none; add an ActivityWatch export with `trailmark import --context FILE`)";
        }
        Map<ContextKind, Long> byKind = byKind(spans);
        String counts = java.util.Arrays.stream(ContextKind.values())
                .map(k -> k.key() + " " + byKind.getOrDefault(k, 0L)).collect(Collectors.joining(", "));
        return counts + " from " + String.join(", ", sources(spans));
    }

    private static Map<ContextKind, Long> byKind(List<ContextSpan> spans) {
        return spans.stream().collect(Collectors.groupingBy(ContextSpan::kind, Collectors.counting()));
    }

    private static TreeSet<String> sources(List<ContextSpan> spans) {
        return spans.stream().map(ContextSpan::source).collect(Collectors.toCollection(TreeSet::new));
    }
}
