package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * The name a message is addressed to: "Dear Anna,", "hi maria", "Hallo Jürgen,", "Bonjour Élodie".
 * A listed given name counts in any letter case; an unlisted one only written like a name and
 * closing the greeting (a comma, '!', the line's end): "Dear Customer," stays unflagged.
 */
final class SalutationNameDetector implements Detector {
    private static final String[] GREETINGS = {"dear", "hi", "hello", "hey", "hallo", "liebe", "lieber", "cher",
        "chère", "bonjour", "ciao", "hola"};

    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("DdHhLlCcBb");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return greetingEnd(s, at) > 0;
    }

    @Override
    public void find(ScanText s, int at) {
        int start = greetingEnd(s, at);
        char[] t = s.chars();
        int first = NameWords.wordEnd(s, start, true);
        if (first < 0) {
            return;
        }
        // In lower case an ambiguous name is the word it also is ("hi will", "dear mark").
        boolean listed = Character.isUpperCase(t[start]) ? GivenNames.isAny(t, start, first)
                : GivenNames.isClear(t, start, first);
        // A lower-case greeting runs on into the message ("hi anna can you…"): only a capitalised name takes a surname.
        int end = listed && Character.isUpperCase(t[start]) ? NameWords.moreWords(s, first, 1, false) : first;
        char after = s.charAt(end);
        boolean closes = after == ',' || after == '!' || after == '\n' || after == 0 || after == '\t';
        boolean closedOrSurname = closes || end > first;
        if (listed ? !closedOrSurname && !GivenNames.isClear(t, start, first)
                : !(Character.isUpperCase(t[start]) && NameWords.wordEnd(s, start, false) > 0 && closes)) {
            // An ambiguous name must close the greeting or take a surname: "Hello Kitty Island" is a place.
            return;
        }
        if (!NameWords.codeAround(s, start, end)) {
            s.add(FindingKind.PERSON_NAME, start, end, listed ? 0.75 : 0.7);
        }
    }

    /** Where the name after a greeting word at {@code at} starts, or -1. */
    private static int greetingEnd(ScanText s, int at) {
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
