package org.trailmark.privacy.detect;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scan's one pass over a text. Each character costs a table look-up; only the characters some
 * detector's {@link Trigger} names call the detectors registered for them. The tables are built
 * from {@link Detectors} once, so no kind is named here.
 */
public final class SinglePass {
    private static final byte DIGIT = 1;
    private static final byte LOWER = 2;
    private static final byte UPPER = 4;
    private static final byte TOKEN = 8;
    private static final byte TRIGGER = 16;
    private static final int ALNUM = DIGIT | LOWER | UPPER;
    private static final byte[] CLASS = new byte[128];
    private static final Detector[][] AT_WORD_START = new Detector[128][];
    private static final Detector[][] AT_MARK = new Detector[128][];
    /**
     * At a word start on a digit: the detectors whose {@link NumberGate} the number passes, by first
     * digit, then by {@link #shapeSlot}. Filtered from {@link #AT_WORD_START} in its order.
     */
    private static final Detector[][][] AT_NUMBER = new Detector[10][][];
    private static final int NEXT_SLOTS = NumberGate.OUTSIDE_ASCII + 1;
    private static final Detector[] AT_TOKEN_END;
    private static final Detector[] ON_WHOLE_TEXT;

    static {
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT | TOKEN;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LOWER | TOKEN;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            CLASS[c] = UPPER | TOKEN;
        }
        for (char c : new char[] {'+', '/', '_', '-'}) {
            CLASS[c] = TOKEN;
        }
        List<Detector> tokenEnd = new ArrayList<>();
        List<Detector> whole = new ArrayList<>();
        for (Detector d : Detectors.all()) {
            Trigger trigger = d.trigger();
            register(AT_WORD_START, trigger.wordStarts(), d, true);
            register(AT_MARK, trigger.marks(), d, false);
            if (trigger.tokenEnd()) {
                tokenEnd.add(d);
            }
            if (trigger.wholeText()) {
                whole.add(d);
            }
        }
        for (char c = '0'; c <= '9'; c++) {
            AT_NUMBER[c - '0'] = gated(AT_WORD_START[c]);
        }
        AT_TOKEN_END = tokenEnd.toArray(new Detector[0]);
        ON_WHOLE_TEXT = whole.toArray(new Detector[0]);
    }

    private static void register(Detector[][] table, String chars, Detector d, boolean inWords) {
        for (char c : chars.toCharArray()) {
            if (c >= 128 || ((CLASS[c] & ALNUM) != 0) != inWords) {
                throw new IllegalStateException(d.getClass().getSimpleName() + " triggers on a character it never sees");
            }
            Detector[] old = table[c] == null ? new Detector[0] : table[c];
            Detector[] grown = Arrays.copyOf(old, old.length + 1);
            grown[old.length] = d;
            table[c] = grown;
            CLASS[c] |= TRIGGER;
        }
    }

    /** For every number shape, the detectors of {@code asked} whose gate it passes. */
    private static Detector[][] gated(Detector[] asked) {
        Detector[][] bySlot = new Detector[(NumberGate.LONG_RUN + 1) * NEXT_SLOTS * 2][];
        Map<List<Detector>, Detector[]> shared = new HashMap<>();
        for (int run = 1; run <= NumberGate.LONG_RUN; run++) {
            for (int next = 0; next < NEXT_SLOTS; next++) {
                for (int digitAfter = 0; digitAfter < 2; digitAfter++) {
                    List<Detector> passing = new ArrayList<>();
                    for (Detector d : asked == null ? new Detector[0] : asked) {
                        if (d.trigger().numbers().passes(run, next, digitAfter == 1)) {
                            passing.add(d);
                        }
                    }
                    bySlot[shapeSlot(run, next, digitAfter == 1)] =
                            shared.computeIfAbsent(passing, p -> p.toArray(new Detector[0]));
                }
            }
        }
        return bySlot;
    }

    private static int shapeSlot(int run, int next, boolean digitAfter) {
        return ((Math.min(run, NumberGate.LONG_RUN) * NEXT_SLOTS) + next) * 2 + (digitAfter ? 1 : 0);
    }

    /**
     * The detectors asked at the number starting at {@code at}: those registered for its first digit
     * whose {@link NumberGate} its first run, the character after and the one after that pass.
     */
    static Detector[] askedAtNumber(ScanText s, int at) {
        char[] t = s.chars();
        int run = s.digitRun(at);
        char next = s.charAt(at + run);
        int slot = shapeSlot(run, next < NumberGate.OUTSIDE_ASCII ? next : NumberGate.OUTSIDE_ASCII, s.digitAt(at + run + 1));
        return AT_NUMBER[t[at] - '0'][slot];
    }

    private SinglePass() {
    }

    /** Asks every detector wherever it triggers in {@code s}; the hits are left in {@code s}. */
    public static void run(ScanText s) {
        for (Detector d : ON_WHOLE_TEXT) {
            if (d.triggers(s, 0)) {
                d.find(s, 0);
            }
        }
        pass(s, s.chars(), s.length());
    }

    private static void pass(ScanText s, char[] t, int n) {
        int tokenStart = -1;
        // Whether the previous character joins words (letter, digit or '_'): word detectors start only at a word start.
        boolean joined = false;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            int k = c < 128 ? CLASS[c] : 0;
            if ((k & ALNUM) != 0) {
                if (tokenStart < 0) {
                    tokenStart = i;
                }
                if (!joined && (k & TRIGGER) != 0) {
                    ask((k & DIGIT) != 0 ? askedAtNumber(s, i) : AT_WORD_START[c], s, i);
                }
                // The rest of the word starts nothing: run through it.
                char d;
                while (i + 1 < n && (d = t[i + 1]) < 128 && (CLASS[d] & ALNUM) != 0) {
                    i++;
                }
                joined = true;
                continue;
            }
            if ((k & TOKEN) != 0) {
                if (tokenStart < 0) {
                    tokenStart = i;
                }
            } else if (tokenStart >= 0) {
                if (i - tokenStart >= TokenRun.MIN_LENGTH) {
                    tokenEnd(s, t, tokenStart, i);
                }
                tokenStart = -1;
            }
            if ((k & TRIGGER) != 0) {
                ask(AT_MARK[c], s, i);
            }
            joined = c == '_' || (c >= 128 && Character.isLetterOrDigit(c));
        }
        if (tokenStart >= 0 && n - tokenStart >= TokenRun.MIN_LENGTH) {
            tokenEnd(s, t, tokenStart, n);
        }
    }

    private static void ask(Detector[] detectors, ScanText s, int at) {
        for (Detector d : detectors) {
            if (d.triggers(s, at)) {
                d.find(s, at);
            }
        }
    }

    private static void tokenEnd(ScanText s, char[] t, int start, int end) {
        s.tokenRun(TokenRun.of(t, start, end));
        ask(AT_TOKEN_END, s, start);
    }
}
