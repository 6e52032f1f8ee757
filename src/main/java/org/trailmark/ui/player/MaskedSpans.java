package org.trailmark.ui.player;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.trailmark.replay.TimeSpan;

/**
 * The stretches of a session whose typed content the player hides (flags that mask and were not
 * revealed), merged and sorted so that asking about one moment costs a binary search.
 */
public final class MaskedSpans {
    public static final MaskedSpans NONE = new MaskedSpans(new int[0], new int[0]);

    private final int[] starts;
    private final int[] ends;

    private MaskedSpans(int[] starts, int[] ends) {
        this.starts = starts;
        this.ends = ends;
    }

    /** Spans {@code [start, end)} in any order; overlapping and touching ones are merged. */
    public static MaskedSpans of(List<TimeSpan> spans) {
        if (spans.isEmpty()) {
            return NONE;
        }
        List<TimeSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(TimeSpan::startMs));
        List<int[]> merged = new ArrayList<>();
        for (TimeSpan span : sorted) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.startMs() <= last[1]) {
                last[1] = Math.max(last[1], span.endMs());
            } else {
                merged.add(new int[] {span.startMs(), span.endMs()});
            }
        }
        int[] starts = new int[merged.size()];
        int[] ends = new int[merged.size()];
        for (int i = 0; i < merged.size(); i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
        }
        return new MaskedSpans(starts, ends);
    }

    public boolean isEmpty() {
        return starts.length == 0;
    }

    /** How many separate spans there are after merging. */
    public int count() {
        return starts.length;
    }

    /** Where merged span {@code i} (0 = earliest) starts, inclusive. */
    public int startMs(int i) {
        return starts[i];
    }

    /** Where merged span {@code i} ends, exclusive. */
    public int endMs(int i) {
        return ends[i];
    }

    /** Whether {@code ms} lies inside a masked span. */
    public boolean covers(int ms) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= ms) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found >= 0 && ms < ends[found];
    }

    @Override
    public String toString() {
        return "MaskedSpans[" + starts.length + " spans]";
    }
}
