package org.trailmark.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds which of many patterns occur in a text in one pass (Aho–Corasick, as a full transition table
 * over the characters the patterns use). The verifier looks for every flagged value of an export at
 * once; one {@code indexOf} per value made verification cost values × bytes.
 */
final class MultiMatcher {
    private static final int SKIP = -1;
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    /** For ASCII: the class of the lower-cased letter or digit, or {@link #SKIP} for a separator. */
    private final int[] compactClassOf = new int[0x80];
    private final int classes;
    /** Entry {@code state * classes + class}: the next state, or its complement when a pattern ends there. */
    private final int[] next;
    private final int[][] matchesAt;

    MultiMatcher(List<String> patterns) {
        int c = 1;
        for (String p : patterns) {
            for (int i = 0; i < p.length(); i++) {
                if (classOf[p.charAt(i)] == 0) {
                    classOf[p.charAt(i)] = (char) c++;
                }
            }
        }
        classes = c;
        for (char ch = 0; ch < 0x80; ch++) {
            boolean kept = ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9' || ch >= 'A' && ch <= 'Z';
            compactClassOf[ch] = kept ? classOf[Character.toLowerCase(ch)] : SKIP;
        }
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> ends = new ArrayList<>();
        children.add(new int[classes]);
        ends.add(new ArrayList<>());
        for (int id = 0; id < patterns.size(); id++) {
            String p = patterns.get(id);
            if (p.isEmpty()) {
                continue;
            }
            int s = 0;
            for (int i = 0; i < p.length(); i++) {
                int k = classOf[p.charAt(i)];
                if (children.get(s)[k] == 0) {
                    children.get(s)[k] = children.size();
                    children.add(new int[classes]);
                    ends.add(new ArrayList<>());
                }
                s = children.get(s)[k];
            }
            ends.get(s).add(id);
        }
        int states = children.size();
        next = new int[states * classes];
        matchesAt = new int[states][];
        int[] fail = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        matchesAt[0] = new int[0];
        for (int k = 1; k < classes; k++) {
            int child = children.get(0)[k];
            next[k] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            int[] own = ends.get(s).stream().mapToInt(Integer::intValue).toArray();
            int[] inherited = matchesAt[fail[s]];
            int[] all = Arrays.copyOf(own, own.length + inherited.length);
            System.arraycopy(inherited, 0, all, own.length, inherited.length);
            matchesAt[s] = all;
            for (int k = 1; k < classes; k++) {
                int child = children.get(s)[k];
                if (child != 0) {
                    fail[child] = next[fail[s] * classes + k];
                    next[s * classes + k] = child;
                    queue.add(child);
                } else {
                    next[s * classes + k] = next[fail[s] * classes + k];
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            if (matchesAt[next[i]].length > 0) {
                next[i] = ~next[i];
            }
        }
    }

    /** A running match over text fed piece by piece. */
    final class Run {
        private int state;
        final BitSet found;

        Run(BitSet found) {
            this.found = found;
        }

        void feed(char ch) {
            int n = next[state * classes + classOf[ch]];
            if (n < 0) {
                n = ~n;
                record(n);
            }
            state = n;
        }

        /** For a String, so charAt is a direct call the compiler inlines. */
        void feed(String text) {
            int s = state;
            for (int i = 0; i < text.length(); i++) {
                int n = next[s * classes + classOf[text.charAt(i)]];
                if (n < 0) {
                    n = ~n;
                    record(n);
                }
                s = n;
            }
            state = s;
        }

        /**
         * Feeds only the letters and digits, lower-cased: the text with its separators removed. ASCII
         * goes through a class table; other characters go by code point.
         */
        void feedCompacted(String text) {
            feedBoth(text, null);
        }

        /**
         * Feeds the text as it is to this run and, letters and digits only, to {@code compacted} (when not
         * null) in the same pass: the files are large and reading them once is cheaper than twice.
         */
        void feedBoth(String text, Run compacted) {
            feedBoth(text, 0, text.length(), compacted);
        }

        /** As {@link #feedBoth(String, Run)} for the characters in {@code [from, to)}. */
        void feedBoth(String text, int from, int to, Run compacted) {
            Run raw = compacted == null ? null : this;
            Run squeezed = compacted == null ? this : compacted;
            MultiMatcher m = squeezed.matcher();
            int rs = raw == null ? 0 : raw.state;
            for (int i = from; i < to; i++) {
                char c = text.charAt(i);
                if (raw != null) {
                    int n = next[rs * classes + classOf[c]];
                    if (n < 0) {
                        n = ~n;
                        record(n);
                    }
                    rs = n;
                }
                if (c < 0x80) {
                    int k = m.compactClassOf[c];
                    if (k != SKIP) {
                        int n = m.next[squeezed.state * m.classes + k];
                        if (n < 0) {
                            n = ~n;
                            squeezed.record(n);
                        }
                        squeezed.state = n;
                    }
                    continue;
                }
                int cp = c;
                if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                    cp = Character.toCodePoint(c, text.charAt(++i));
                }
                if (Character.isLetterOrDigit(cp)) {
                    for (char lower : Character.toChars(Character.toLowerCase(cp))) {
                        squeezed.feed(lower);
                    }
                }
            }
            if (raw != null) {
                raw.state = rs;
            }
        }

        /** A break no pattern can span, such as the end of a line of JSON (a value's newline is escaped). */
        void reset() {
            state = 0;
        }

        private MultiMatcher matcher() {
            return MultiMatcher.this;
        }

        private void record(int state) {
            for (int id : matchesAt[state]) {
                found.set(id);
            }
        }
    }

    /** Letters and digits only, lower-cased, by the same rule as {@link Run#feedCompacted}. */
    static String compacted(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                    out.append(c);
                } else if (c >= 'A' && c <= 'Z') {
                    out.append((char) (c + ('a' - 'A')));
                }
                continue;
            }
            int cp = c;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(++i));
            }
            if (Character.isLetterOrDigit(cp)) {
                out.appendCodePoint(Character.toLowerCase(cp));
            }
        }
        return out.toString();
    }

    Run run(BitSet found) {
        return new Run(found);
    }

    /** Ids of the patterns found in {@code text}. */
    BitSet find(String text) {
        BitSet found = new BitSet();
        run(found).feed(text);
        return found;
    }
}
