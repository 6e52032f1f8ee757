package org.trailmark.privacy.detect;

/**
 * Where a detector is asked. The scanner's pass sees three kinds of places: the first character
 * of a word (letters and digits join words; only ASCII characters start one), a single mark that
 * is not part of a word ('@', '=', a line break…), and the end of a run of token characters long
 * enough to be a key. A detector that needs the whole text at once (a field's entries) asks for it
 * once per scan, before the pass.
 *
 * @param wordStarts ASCII characters that, first in a word, start this detector
 * @param marks      ASCII characters outside words that start it
 * @param tokenEnd   whether it judges each long token run when the run ends
 * @param wholeText  whether it looks at the whole text once, before the pass
 * @param numbers    at a word start on a digit, which numbers it is asked at (by the shape of their
 *                   first digit run); {@link NumberGate#ANY} for every number
 */
public record Trigger(String wordStarts, String marks, boolean tokenEnd, boolean wholeText, NumberGate numbers) {
    public static final String DIGITS = "0123456789";
    public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static Trigger wordStart(String chars) {
        return new Trigger(chars, "", false, false, NumberGate.ANY);
    }

    /** Numbers (a word starting with a digit) that pass {@code gate}. */
    public static Trigger number(NumberGate gate) {
        return new Trigger(DIGITS, "", false, false, gate);
    }

    /** Numbers that pass {@code gate}, and the marks {@code markChars}. */
    public static Trigger numberOrMark(NumberGate gate, String markChars) {
        return new Trigger(DIGITS, markChars, false, false, gate);
    }

    public static Trigger mark(String chars) {
        return new Trigger("", chars, false, false, NumberGate.ANY);
    }

    public static Trigger wordStartOrMark(String wordChars, String markChars) {
        return new Trigger(wordChars, markChars, false, false, NumberGate.ANY);
    }

    public static Trigger tokenRun() {
        return new Trigger("", "", true, false, NumberGate.ANY);
    }

    public static Trigger whole() {
        return new Trigger("", "", false, true, NumberGate.ANY);
    }
}
