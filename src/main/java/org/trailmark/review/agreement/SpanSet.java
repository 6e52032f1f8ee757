package org.trailmark.review.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The union of half-open spans {@code [start, end)} in ms, merged into sorted disjoint spans. */
final class SpanSet {
    private final List<long[]> spans;

    private SpanSet(List<long[]> spans) {
        this.spans = spans;
    }

    static SpanSet union(List<long[]> raw) {
        List<long[]> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparingLong((long[] s) -> s[0]));
        List<long[]> merged = new ArrayList<>();
        for (long[] s : sorted) {
            long[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && s[0] <= last[1]) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                merged.add(new long[] {s[0], s[1]});
            }
        }
        return new SpanSet(merged);
    }

    long lengthMs() {
        long total = 0;
        for (long[] s : spans) {
            total += s[1] - s[0];
        }
        return total;
    }

    long overlapMs(SpanSet other) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < spans.size() && j < other.spans.size()) {
            long[] a = spans.get(i);
            long[] b = other.spans.get(j);
            total += Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
            if (a[1] < b[1]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }
}
