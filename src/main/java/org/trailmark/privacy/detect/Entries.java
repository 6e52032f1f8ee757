package org.trailmark.privacy.detect;

/** The entries of a field's text: the runs between Tab and line breaks, spaces around them left out. */
final class Entries {
    interface Visitor {
        void entry(int from, int to);
    }

    private Entries() {
    }

    static void each(ScanText s, Visitor visitor) {
        char[] t = s.chars();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int start = i;
            while (i < n && t[i] != '\t' && t[i] != '\n' && t[i] != '\r') {
                i++;
            }
            int from = start;
            int to = i;
            while (from < to && t[from] == ' ') {
                from++;
            }
            while (to > from && t[to - 1] == ' ') {
                to--;
            }
            if (to > from) {
                visitor.entry(from, to);
            }
            i++;
        }
    }
}
