package org.trailmark.privacy.detect;

/**
 * The first digit run of a number at a word start and what follows it. It decides which number
 * detectors can apply; a lone number like "4021 " (the common case in prose) tries none of them.
 *
 * @param run        digits in the first run
 * @param next       the character after the run (0 past the end)
 * @param digitAfter whether a digit follows that character
 * @param grouped    the run is followed by ' ', '-' or '.' and another digit: a grouped number
 * @param continues  the run continues a grouped number begun earlier ("FR59 8967 3913…",
 *                   "3462-087236-81449"): only the whole sequence is judged, from its start
 */
public record NumberShape(int run, char next, boolean digitAfter, boolean grouped, boolean continues) {
    static NumberShape at(ScanText s, int i) {
        int run = s.digitRun(i);
        char next = s.charAt(i + run);
        boolean digitAfter = s.digitAt(i + run + 1);
        boolean grouped = (next == ' ' || next == '-' || next == '.') && digitAfter;
        return new NumberShape(run, next, digitAfter, grouped, continuesGroupedNumber(s, i));
    }

    /** Joined by '-', '.' or '/' to a digit before, or the next space-separated group of 4 after another group. */
    private static boolean continuesGroupedNumber(ScanText s, int i) {
        char before = s.charAt(i - 1);
        if (before == '-' || before == '.' || before == '/') {
            return s.digitAt(i - 2);
        }
        if (before != ' ' || i < 7 || s.charAt(i - 6) != ' ' || !s.alnumAt(i - 7)) {
            return false;
        }
        char[] t = s.chars();
        boolean digit = false;
        for (int j = i - 5; j <= i - 2; j++) {
            if (!ScanText.isAlnum(t[j])) {
                return false;
            }
            digit |= ScanText.isDigit(t[j]);
        }
        return digit;
    }

    /** Long enough, or grouped, to be a card or phone number, and not the tail of another number. */
    public boolean cardOrPhone() {
        return !continues && (run >= 12 || grouped);
    }
}
