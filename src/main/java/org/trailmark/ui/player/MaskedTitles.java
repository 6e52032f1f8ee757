package org.trailmark.ui.player;

import java.util.HashSet;
import java.util.Set;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * The window titles the player hides: every title a focus event carried inside a masked span.
 * Such a title is hidden wherever it shows, also before and after the span, because the same
 * window stays focused there and would show it in clear. This is the exporter's rule
 * ({@code Redactor}), so the player never shows a title the export would take out.
 */
final class MaskedTitles {
    /** What shows where a hidden title would be; the app name beside it stays. */
    static final String HIDDEN = "Title hidden (flagged)";
    static final MaskedTitles NONE = new MaskedTitles(Set.of());

    private final Set<String> titles;

    private MaskedTitles(Set<String> titles) {
        this.titles = titles;
    }

    /** Reads only the events inside the spans, so a few short flags on a workday cost little. */
    static MaskedTitles of(SessionLog log, MaskedSpans spans) {
        if (spans.isEmpty()) {
            return NONE;
        }
        Set<String> titles = new HashSet<>();
        for (int s = 0; s < spans.count(); s++) {
            int end = spans.endMs(s);
            for (int i = log.firstIndexAtOrAfter(spans.startMs(s)); i < log.size() && log.time(i) < end; i++) {
                if (log.kind(i) == EventKind.FOCUS && log.b(i) != SessionLog.NO_STRING) {
                    titles.add(log.string(log.b(i)));
                }
            }
        }
        return titles.isEmpty() ? NONE : new MaskedTitles(Set.copyOf(titles));
    }

    boolean isEmpty() {
        return titles.isEmpty();
    }

    /** Whether this title must not be shown; an empty or missing title has nothing to hide. */
    boolean hides(String title) {
        return title != null && !title.isEmpty() && titles.contains(title);
    }

    /** The title as the player may show it: itself, or {@link #HIDDEN}. */
    String shown(String title) {
        return hides(title) ? HIDDEN : title;
    }

    @Override
    public String toString() {
        // the titles are captured content
        return "MaskedTitles[" + titles.size() + "]";
    }
}
