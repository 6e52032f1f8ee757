package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * The full name a message is addressed to: "Dear Anna Schmidt,", "DEAR Sarah Connor,", "Hallo Jürgen
 * Weber,". Written like a name, starting with a listed given name or closing the greeting (a comma,
 * '!', the line's end): "Dear Valued Customer," stays unflagged. A first name alone is not flagged.
 */
final class SalutationNameDetector extends Detector {
    private static final String[] GREETINGS = {"dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "cher",
        "chère", "bonjour", "ciao", "hola"};

    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        // Lower case for the greetings people type quickly ("hi Sarah Connor", "dear Anna Schmidt").
        return Trigger.wordStart("DHLCBdh");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return greetingEnd(s, at) > 0;
    }

    @Override
    public void find(ScanText s, int at) {
        int start = greetingEnd(s, at);
        char[] t = s.chars();
        int first = NameWords.wordEnd(s, start, false);
        if (first < 0) {
            return;
        }
        // A first name alone ("Hi Ben,") is not flagged: the same name typed anywhere else in an export
        // would then fail its leak check, and a given name alone says little about who is meant.
        int end = NameWords.moreWords(s, first, 1, false);
        if (end > first && (GivenNames.isAny(t, start, first) || closes(s.charAt(end)))
                && !NameWords.codeAround(s, start, end)) {
            s.add(FindingKind.PERSON_NAME, start, end, 0.75);
        }
    }

    private static boolean closes(char after) {
        return after == ',' || after == '!' || after == '\n' || after == 0 || after == '\t';
    }

    /** Where the name after a greeting word at {@code at} starts, or -1. */
    private static int greetingEnd(ScanText s, int at) {
        char second = Character.toLowerCase(s.charAt(at + 1));
        if ("eiaoh".indexOf(second) < 0 || second == 0) {
            return -1;
        }
        int e = at + s.wordLength(at);
        if (s.charAt(e) != ' ' && !(s.charAt(e) == ',' && s.charAt(e + 1) == ' ')) {
            return -1;
        }
        int len = e - at;
        for (String g : GREETINGS) {
            if (g.length() == len && s.matchesIgnoreCase(at, g)) {
                return s.charAt(e) == ',' ? e + 2 : e + 1;
            }
        }
        return -1;
    }
}
