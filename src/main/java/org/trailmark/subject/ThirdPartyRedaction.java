package org.trailmark.subject;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.trailmark.export.Redactor;
import org.trailmark.model.ContextSpan;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.SessionLog;

/**
 * A session as its own subject may take it away: only other people's data comes out. Key events
 * inside third-party flags (any not rejected) are dropped, and a window title seen inside such a
 * flag is replaced wherever it shows, since the same title elsewhere would give it away. The
 * subject's own passwords and typing stay: they are theirs.
 */
final class ThirdPartyRedaction {
    static final String REDACTED_TITLE = "[redacted: third-party data]";

    private ThirdPartyRedaction() {
    }

    static SessionLog apply(SessionLog log, List<Flag> flags) {
        List<int[]> spans = new ArrayList<>();
        for (Flag f : flags) {
            if (f.category() == FlagCategory.THIRD_PARTY && f.masks()) {
                spans.add(new int[] {f.startMs(), f.endMs()});
            }
        }
        return spans.isEmpty() ? log : Redactor.withoutSpans(log, spans, REDACTED_TITLE);
    }

    /**
     * The session's context spans as its subject takes them away: a title or URL seen inside a
     * third-party flag is replaced wherever it shows, as window titles are.
     */
    static List<ContextSpan> context(List<ContextSpan> spans, List<Flag> flags) {
        Set<String> seenInside = new HashSet<>();
        for (Flag f : flags) {
            if (f.category() == FlagCategory.THIRD_PARTY && f.masks()) {
                for (ContextSpan c : spans) {
                    if (c.overlaps(f.startMs(), f.endMs())) {
                        seenInside.add(c.title());
                        seenInside.add(c.url());
                    }
                }
            }
        }
        seenInside.remove("");
        if (seenInside.isEmpty()) {
            return spans;
        }
        List<ContextSpan> result = new ArrayList<>(spans.size());
        for (ContextSpan c : spans) {
            result.add(new ContextSpan(c.kind(), c.startMs(), c.endMs(), c.app(),
                    seenInside.contains(c.title()) ? REDACTED_TITLE : c.title(),
                    seenInside.contains(c.url()) ? REDACTED_TITLE : c.url(), c.source()));
        }
        return result;
    }
}
