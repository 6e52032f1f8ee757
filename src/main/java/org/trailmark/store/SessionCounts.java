package org.trailmark.store;

import java.util.Map;
import org.trailmark.model.ContextKind;
import org.trailmark.model.FlagCategory;

/**
 * What one session holds beyond its events, as counts only: screen media, context spans and the
 * gold set's flags that still stand (suggested or confirmed; a rejected flag marks nothing).
 *
 * @param videos       screen videos the session cites
 * @param stillSeries  series of still images the session cites
 * @param stills       still images over all its series
 * @param contextSpans context spans by kind (window, afk, web)
 * @param flags        standing gold-set flags by category
 */
public record SessionCounts(long videos, long stillSeries, long stills, Map<ContextKind, Long> contextSpans,
                            Map<FlagCategory, Long> flags) {
    public static final SessionCounts NONE = new SessionCounts(0, 0, 0, Map.of(), Map.of());

    public SessionCounts {
        contextSpans = Map.copyOf(contextSpans);
        flags = Map.copyOf(flags);
    }
}
