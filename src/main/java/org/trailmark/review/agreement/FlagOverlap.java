package org.trailmark.review.agreement;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;

/**
 * How far two labelers' flags cover the same time, per category: each labeler's flags of a category are
 * merged into one union of spans, then intersection over union in ms. A category neither flagged is left
 * out; one only one of them flagged gets an empty intersection (IoU 0).
 */
final class FlagOverlap {
    private FlagOverlap() {
    }

    static Map<FlagCategory, OverlapTally> of(List<Flag> first, List<Flag> second) {
        Map<FlagCategory, OverlapTally> result = new EnumMap<>(FlagCategory.class);
        for (FlagCategory category : FlagCategory.values()) {
            SpanSet a = spans(first, category);
            SpanSet b = spans(second, category);
            long overlap = a.overlapMs(b);
            long union = a.lengthMs() + b.lengthMs() - overlap;
            if (union > 0) {
                result.put(category, new OverlapTally(overlap, union));
            }
        }
        return result;
    }

    private static SpanSet spans(List<Flag> flags, FlagCategory category) {
        List<long[]> raw = new ArrayList<>();
        for (Flag f : flags) {
            if (f.category() == category) {
                raw.add(new long[] {f.startMs(), f.endMs()});
            }
        }
        return SpanSet.union(raw);
    }
}
