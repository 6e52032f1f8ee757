package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Settling overlapping hits cluster by cluster keeps exactly what ranking the whole list at once
 * keeps (the way it was done before: one sort, then every hit against all kept so far), ties and
 * order of discovery included.
 */
class SettleProperties {

    @Property(tries = 300)
    void settlingByClustersKeepsWhatRankingTheWholeListKeeps(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed,
                                                             @ForAll @IntRange(min = 0, max = 120) int count,
                                                             @ForAll @IntRange(min = 5, max = 400) int span) {
        Random random = new Random(seed);
        FindingKind[] kinds = FindingKind.values();
        double[] confidences = {0.6, 0.75, 0.9};
        List<TextMatch> hits = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int start = random.nextInt(span);
            // Few lengths, kinds and confidences: ties on every rule happen often.
            int length = 1 + random.nextInt(random.nextBoolean() ? 4 : 30);
            hits.add(new TextMatch(kinds[random.nextInt(kinds.length)], start, start + length,
                    confidences[random.nextInt(confidences.length)]));
        }
        assertThat(TextScanner.settle(new ArrayList<>(hits))).isEqualTo(wholeList(hits));
    }

    /** The straightforward reference: rank all hits, keep each that overlaps none kept before it, in text order. */
    private static List<TextMatch> wholeList(List<TextMatch> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<TextMatch> ranked = new ArrayList<>(hits);
        ranked.sort(Comparator.comparingInt((TextMatch m) -> m.kind().precedence())
                .thenComparing(Comparator.comparingInt(TextMatch::length).reversed())
                .thenComparing(Comparator.comparingDouble(TextMatch::confidence).reversed()));
        TreeMap<Integer, TextMatch> kept = new TreeMap<>();
        for (TextMatch m : ranked) {
            boolean clash = false;
            for (Map.Entry<Integer, TextMatch> e : kept.entrySet()) {
                clash |= e.getValue().overlaps(m);
            }
            if (!clash) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
