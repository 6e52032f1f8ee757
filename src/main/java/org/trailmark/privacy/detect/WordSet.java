package org.trailmark.privacy.detect;

import java.util.Locale;

/**
 * A small set of lower-case words, asked about a place in the text in any letter case without
 * making a string. Most words are turned away by two bit tests (no word of this length starts or
 * ends with that letter) before any comparison: detectors ask about nearly every word they pass.
 */
final class WordSet {
    private static final int MAX = 24;
    private final String[] words;
    private final long[] first = new long[MAX];
    private final long[] last = new long[MAX];
    private long anyLast;

    WordSet(String... words) {
        this.words = words.clone();
        for (String w : words) {
            if (w.length() >= MAX || !w.equals(w.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("a short lower-case word: " + w);
            }
            first[w.length()] |= bit(w.charAt(0));
            last[w.length()] |= bit(w.charAt(w.length() - 1));
            anyLast |= bit(w.charAt(w.length() - 1));
        }
    }

    /** Whether {@code [from, to)} of the text is one of the words, in any letter case. */
    boolean contains(ScanText s, int from, int to) {
        int len = to - from;
        if (len <= 0 || len >= MAX || (first[len] & bit(ScanText.toLower(s.charAt(from)))) == 0
                || (last[len] & bit(ScanText.toLower(s.charAt(to - 1)))) == 0) {
            return false;
        }
        for (String w : words) {
            if (w.length() == len && s.matchesIgnoreCase(from, w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether some word of this set may end with {@code c} (in any letter case); false is certain. */
    boolean mayEndWith(char c) {
        return (anyLast & bit(ScanText.toLower(c))) != 0;
    }

    /** The word of this set that {@code [from, to)} ends with, in any letter case, or null. */
    String suffixOf(ScanText s, int from, int to) {
        char end = ScanText.toLower(s.charAt(to - 1));
        if (!mayEndWith(end)) {
            return null;
        }
        for (String w : words) {
            if (w.charAt(w.length() - 1) == end && to - from >= w.length() && s.matchesIgnoreCase(to - w.length(), w)) {
                return w;
            }
        }
        return null;
    }

    /** Letters a..z and a few more share 64 bits; a shared bit only costs a comparison. */
    private static long bit(char c) {
        return 1L << (c & 63);
    }
}
