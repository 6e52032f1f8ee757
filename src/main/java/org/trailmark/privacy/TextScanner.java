package org.trailmark.privacy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.trailmark.privacy.detect.ScanText;
import org.trailmark.privacy.detect.SinglePass;

/**
 * Finds sensitive values in one text: one {@link SinglePass} over it asks the detectors ({@link org.trailmark.privacy.detect.Detectors})
 * where their triggers say a value can start, and each detector validates (Luhn, mod-97, SSA rules,
 * a decodable JWT header…) before a hit counts. Overlapping hits are settled here by
 * {@link FindingKind} precedence, then length.
 */
public final class TextScanner {
    private TextScanner() {
    }

    /** Scans text with no window context and no password inference (titles, clipboard-like text). */
    public static List<TextMatch> scan(CharSequence text) {
        return scan(text, null, false);
    }

    /**
     * Scans typed text.
     *
     * @param title          the window title it was typed in (context for passwords), or null
     * @param inferPasswords whether to guess passwords from login context; for text typed without
     *                       input-field context (a password field is found from the field itself)
     */
    public static List<TextMatch> scan(CharSequence text, String title, boolean inferPasswords) {
        char[] chars = text.toString().toCharArray();
        return scan(chars, chars.length, title, inferPasswords);
    }

    /** As {@link #scan(CharSequence, String, boolean)} over {@code text[0, length)}, without copying. */
    public static List<TextMatch> scan(char[] text, int length, String title, boolean inferPasswords) {
        return scan(text, length, title, null, inferPasswords);
    }

    /**
     * As {@link #scan(char[], int, String, boolean)} for text typed into an input field whose
     * accessible label is {@code fieldLabel} (null when unknown): "First name" makes its entries names.
     */
    public static List<TextMatch> scan(char[] text, int length, String title, String fieldLabel,
                                       boolean inferPasswords) {
        ScanText s = new ScanText(text, length, title, fieldLabel, inferPasswords);
        SinglePass.run(s);
        return settle(s.hits());
    }

    /** The order in which overlapping hits are kept: kind precedence, then the longer, then the more confident. */
    private static final Comparator<TextMatch> RANK = Comparator.comparingInt((TextMatch m) -> m.kind().precedence())
            .thenComparing(Comparator.comparingInt(TextMatch::length).reversed())
            .thenComparing(Comparator.comparingDouble(TextMatch::confidence).reversed());

    /**
     * Keeps the best of overlapping hits: by kind precedence, then the longer, then the more confident;
     * among equals, the one found first. The result is in text order. Most hits overlap nothing, so
     * the hits are cut into clusters of overlapping ones (by start, each cluster ends where no later
     * hit starts before its furthest end) and only clusters of two or more are ranked.
     */
    static List<TextMatch> settle(List<TextMatch> hits) {
        int count = hits.size();
        if (count <= 1) {
            return hits;
        }
        // Start in the high half, position in the list in the low half: sorted, ties keep the order found.
        long[] byStart = new long[count];
        for (int k = 0; k < count; k++) {
            byStart[k] = (long) hits.get(k).start() << 32 | k;
        }
        Arrays.sort(byStart);
        List<TextMatch> kept = new ArrayList<>(count);
        int k = 0;
        while (k < count) {
            int first = k;
            int end = hits.get((int) byStart[k]).end();
            k++;
            while (k < count && hits.get((int) byStart[k]).start() < end) {
                end = Math.max(end, hits.get((int) byStart[k]).end());
                k++;
            }
            if (k - first == 1) {
                kept.add(hits.get((int) byStart[first]));
            } else {
                settleCluster(hits, byStart, first, k, kept);
            }
        }
        return kept;
    }

    /**
     * Ranks one cluster as the whole list would rank it (a hit can only clash with one of its own
     * cluster, and a stable sort of the cluster in found order keeps the whole list's order among
     * them), keeps each hit that overlaps none kept before it, and adds the kept in text order.
     */
    private static void settleCluster(List<TextMatch> hits, long[] byStart, int from, int to, List<TextMatch> out) {
        int[] found = new int[to - from];
        for (int k = from; k < to; k++) {
            found[k - from] = (int) byStart[k];
        }
        Arrays.sort(found);
        List<TextMatch> ranked = new ArrayList<>(found.length);
        for (int index : found) {
            ranked.add(hits.get(index));
        }
        ranked.sort(RANK);
        TreeMap<Integer, TextMatch> kept = new TreeMap<>();
        for (TextMatch m : ranked) {
            Map.Entry<Integer, TextMatch> before = kept.floorEntry(m.start());
            Map.Entry<Integer, TextMatch> after = kept.ceilingEntry(m.start());
            boolean clash = (before != null && before.getValue().overlaps(m))
                    || (after != null && after.getValue().overlaps(m));
            if (!clash) {
                // Anything starting inside m would also be the ceiling entry; one look each side suffices.
                kept.put(m.start(), m);
            }
        }
        out.addAll(kept.values());
    }
}
