package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.EventSource;
import org.trailmark.model.SessionLog;

/**
 * Looks for sensitive values in a session's context spans (window and tab titles, page URLs from a
 * tracker such as ActivityWatch), as {@link SessionScanner} does in the session's own window titles:
 * a value found there is flagged over the span that showed it. Each distinct text is scanned once.
 */
public final class ContextScanner {
    private ContextScanner() {
    }

    public static List<Finding> scan(List<ContextSpan> spans) {
        Map<String, List<TextMatch>> seen = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ContextSpan span : spans) {
            for (String text : new String[] {span.title(), span.url()}) {
                if (text.isEmpty()) {
                    continue;
                }
                for (TextMatch m : seen.computeIfAbsent(text, TextScanner::scan)) {
                    String value = text.substring(m.start(), m.end());
                    findings.add(new Finding(m.kind(), span.startMs(), span.endMs(), m.confidence(),
                            Previews.mask(m.kind(), value), Finding.Origin.WINDOW_TITLE, new int[0]));
                }
            }
        }
        return findings;
    }

    /** The session's own findings followed by its context's: what one scan of the session stores. */
    public static List<Finding> scanWithContext(EventSource events, List<ContextSpan> context) {
        List<Finding> all = new ArrayList<>(SessionScanner.scan(events).findings());
        all.addAll(scan(context));
        return all;
    }

    /** As {@link #scanWithContext(EventSource, List)} for a log in memory. */
    public static List<Finding> scanWithContext(SessionLog log, List<ContextSpan> context) {
        return scanWithContext(EventSource.of(log), context);
    }

    /**
     * The suggested flags of a session (a workspace's, read chunk by chunk, say) and of its context:
     * what the post-import scan, the studio's scan and {@code trailmark scan} store.
     */
    public static List<org.trailmark.model.Flag> suggestedFlags(EventSource events, List<ContextSpan> context,
                                                               String sessionId) {
        return scanWithContext(events, context).stream().map(f -> f.toFlag(sessionId)).toList();
    }

    /** As {@link #suggestedFlags(EventSource, List, String)} for a log in memory. */
    public static List<org.trailmark.model.Flag> suggestedFlags(SessionLog log, List<ContextSpan> context,
                                                               String sessionId) {
        return suggestedFlags(EventSource.of(log), context, sessionId);
    }
}
