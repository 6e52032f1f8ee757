package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.trailmark.export.Redactor;
import org.trailmark.model.SessionLog;

/**
 * The window titles the player hides: every title a focus event carried inside a masked span.
 * Such a title is hidden wherever it shows, also before and after the span, because the same
 * window stays focused there and would show it in clear. The rule is the exporter's own
 * ({@link Redactor#titlesInside}), so the player never shows a title the export would take out.
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
        List<int[]> asArrays = new ArrayList<>(spans.count());
        for (int s = 0; s < spans.count(); s++) {
            asArrays.add(new int[] {spans.startMs(s), spans.endMs(s)});
        }
        Set<String> titles = Redactor.titlesInside(log, asArrays);
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
