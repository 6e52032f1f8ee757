package org.trailmark.privacy;

import java.util.ArrayList;
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

    /** Keeps the best of overlapping hits: by kind precedence, then the longer, then the more confident. */
    static List<TextMatch> settle(List<TextMatch> hits) {
        if (hits.size() <= 1) {
            return hits;
        }
        List<TextMatch> ranked = new ArrayList<>(hits);
        ranked.sort(Comparator.comparingInt((TextMatch m) -> m.kind().precedence())
                .thenComparing(Comparator.comparingInt(TextMatch::length).reversed())
                .thenComparing(Comparator.comparingDouble(TextMatch::confidence).reversed()));
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
        return new ArrayList<>(kept.values());
    }
}
