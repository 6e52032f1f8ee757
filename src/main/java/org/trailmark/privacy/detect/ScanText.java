package org.trailmark.privacy.detect;

import java.util.ArrayList;
import java.util.List;
import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.TextMatch;

/**
 * The text one scan reads, what is known around it (window title, input field, whether passwords
 * may be guessed), the hits found so far, and the small character tests every detector uses.
 * Positions outside the text read as character 0, so detectors look ahead and behind without
 * bounds checks of their own.
 */
public final class ScanText {
    private final char[] t;
    private final int n;
    private final String title;
    private final String fieldLabel;
    private final boolean inferPasswords;
    private final boolean loginTitle;
    private final List<TextMatch> hits = new ArrayList<>();
    private int shapeAt = -1;
    private int runFrom = -1;
    private int runLength;
    private final NumberShape shape = new NumberShape();
    private TokenRun tokenRun;

    public ScanText(char[] text, int length, String title, String fieldLabel, boolean inferPasswords) {
        this.t = text;
        this.n = length;
        this.title = title;
        this.fieldLabel = fieldLabel;
        this.inferPasswords = inferPasswords;
        this.loginTitle = inferPasswords && ContextWords.inTitle(title, ContextWords.LOGIN);
    }

    /** The characters; only {@code [0, length())} belong to the text. */
    public char[] chars() {
        return t;
    }

    public int length() {
        return n;
    }

    /** The window title the text was typed in, or null. */
    public String title() {
        return title;
    }

    /** The accessible label of the input field the text was typed into, or null. */
    public String fieldLabel() {
        return fieldLabel;
    }

    /** Whether passwords may be guessed from login context (no field told us what was typed). */
    public boolean inferPasswords() {
        return inferPasswords;
    }

    /** Whether the window title speaks of signing in, for texts where passwords may be guessed. */
    public boolean loginTitle() {
        return loginTitle;
    }

    public void add(FindingKind kind, int start, int end, double confidence) {
        if (end > start) {
            hits.add(new TextMatch(kind, start, end, Math.min(0.99, confidence)));
        }
    }

    public List<TextMatch> hits() {
        return hits;
    }

    /** The shape of the number starting at {@code at}, computed once for all number detectors. */
    public NumberShape numberShape(int at) {
        if (shapeAt != at) {
            shape.measure(this, at);
            shapeAt = at;
        }
        return shape;
    }

    /** The token run the token detectors are judging now. */
    public TokenRun tokenRun() {
        return tokenRun;
    }

    void tokenRun(TokenRun run) {
        this.tokenRun = run;
    }

    public char charAt(int at) {
        return at >= 0 && at < n ? t[at] : 0;
    }

    /**
     * Digits from {@code from}. The number detectors ask about the same number one after another
     * (its shape, then each detector that takes it), so the last answer is kept.
     */
    public int digitRun(int from) {
        if (from == runFrom) {
            return runLength;
        }
        int j = from;
        while (j < n && isDigit(t[j])) {
            j++;
        }
        runFrom = from;
        runLength = j - from;
        return runLength;
    }

    /** Letters (any script) from {@code at}. */
    public int wordLength(int at) {
        int e = at;
        while (e < n && isLetter(t[e])) {
            e++;
        }
        return e - at;
    }

    public boolean startsWith(int at, String s) {
        if (at < 0 || at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (t[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text at {@code at} reads {@code lower} (written in lower case) in any letter case. */
    public boolean matchesIgnoreCase(int at, String lower) {
        if (at < 0 || at + lower.length() > n) {
            return false;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (toLower(t[at + k]) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    public boolean alnumAt(int at) {
        return at >= 0 && at < n && Character.isLetterOrDigit(t[at]);
    }

    public boolean digitAt(int at) {
        return at >= 0 && at < n && isDigit(t[at]);
    }

    /** A '.' or ',' followed by a digit: the number goes on (12.50, 1,000). */
    public boolean decimalAt(int at) {
        return (charAt(at) == '.' || charAt(at) == ',') && digitAt(at + 1);
    }

    public String string(int from, int to) {
        return new String(t, from, to - from);
    }

    /** At least two of upper case, lower case, digits, symbols in {@code [v, e)}. */
    public int classes(int v, int e) {
        int mask = 0;
        for (int j = v; j < e; j++) {
            char c = t[j];
            mask |= isDigit(c) ? 1 : Character.isLowerCase(c) ? 2 : Character.isUpperCase(c) ? 4 : 8;
        }
        return Integer.bitCount(mask);
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** {@link Character#isLetter(char)}, without its table look-up for ASCII, which most text is. */
    public static boolean isLetter(char c) {
        if (c < 128) {
            int k = (c | 0x20) - 'a';
            return k >= 0 && k < 26;
        }
        return Character.isLetter(c);
    }

    /** {@link Character#isUpperCase(char)}, ASCII answered without the JDK's table. */
    public static boolean isUpper(char c) {
        return c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
    }

    /** {@link Character#toLowerCase(char)}, ASCII answered without the JDK's table. */
    public static char toLower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(c);
    }

    public static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** ASCII letters and digits, and letters and digits of any script. */
    public static boolean isAlnum(char c) {
        return c < 128 ? isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetterOrDigit(c);
    }
}
