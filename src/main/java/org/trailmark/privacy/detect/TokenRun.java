package org.trailmark.privacy.detect;

/**
 * A run of token characters (letters, digits, '+', '/', '_', '-') of at least {@link #MIN_LENGTH}
 * characters, with the character counts the key detectors judge it by; computed once per run.
 */
public record TokenRun(int start, int end, int upper, int lower, int digits, int other, boolean hex) {
    /** Shorter runs are words and identifiers, not keys. */
    public static final int MIN_LENGTH = 20;

    static TokenRun of(char[] t, int s, int e) {
        int upper = 0;
        int lower = 0;
        int digits = 0;
        int other = 0;
        int lowerHex = 0;
        int upperHex = 0;
        for (int j = s; j < e; j++) {
            char c = t[j];
            if (ScanText.isDigit(c)) {
                digits++;
            } else if (c >= 'a' && c <= 'z') {
                lower++;
                lowerHex += c <= 'f' ? 1 : 0;
            } else if (c >= 'A' && c <= 'Z') {
                upper++;
                upperHex += c <= 'F' ? 1 : 0;
            } else {
                other++;
            }
        }
        boolean hex = other == 0 && ((upper == 0 && lowerHex == lower) || (lower == 0 && upperHex == upper));
        return new TokenRun(s, e, upper, lower, digits, other, hex);
    }

    public int length() {
        return end - start;
    }
}
