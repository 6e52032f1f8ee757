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
 */
public record Trigger(String wordStarts, String marks, boolean tokenEnd, boolean wholeText) {
    public static final String DIGITS = "0123456789";
    public static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static Trigger wordStart(String chars) {
        return new Trigger(chars, "", false, false);
    }

    public static Trigger mark(String chars) {
        return new Trigger("", chars, false, false);
    }

    public static Trigger wordStartOrMark(String wordChars, String markChars) {
        return new Trigger(wordChars, markChars, false, false);
    }

    public static Trigger tokenRun() {
        return new Trigger("", "", true, false);
    }

    public static Trigger whole() {
        return new Trigger("", "", false, true);
    }
}
