package org.trailmark.privacy.detect;

/**
 * The first digit run of a number at a word start and what follows it. It decides which number
 * detectors can apply; a lone number like "4021 " (the common case in prose) tries none of them.
 * One per scanned text, measured again for each number ({@link ScanText#numberShape}): prose holds a
 * number every few words, and a fresh object each time was a cost of its own. Read it at once; the
 * next number's shape replaces it.
 */
public final class NumberShape {
    private int run;
    private char next;
    private boolean digitAfter;
    private boolean grouped;
    private boolean continues;

    NumberShape() {
    }

    void measure(ScanText s, int i) {
        run = s.digitRun(i);
        next = s.charAt(i + run);
        digitAfter = s.digitAt(i + run + 1);
        grouped = (next == ' ' || next == '-' || next == '.') && digitAfter;
        continues = continuesGroupedNumber(s, i);
    }

    /** Digits in the first run. */
    public int run() {
        return run;
    }

    /** The character after the run (0 past the end). */
    public char next() {
        return next;
    }

    /** Whether a digit follows that character. */
    public boolean digitAfter() {
        return digitAfter;
    }

    /** The run is followed by ' ', '-' or '.' and another digit: a grouped number. */
    public boolean grouped() {
        return grouped;
    }

    /**
     * The run continues a grouped number begun earlier ("FR59 8967 3913…", "3462-087236-81449"): only
     * the whole sequence is judged, from its start.
     */
    public boolean continues() {
        return continues;
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
