package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * A name after an honorific: "Mr. Smith", "Dr Anna Kovacs", "Frau Müller", "Mme Dubois". The
 * honorific is part of what is flagged; the surname need not be in any list.
 */
final class HonorificNameDetector extends Detector {
    private static final String[] HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Prof", "Herr", "Frau", "Mme",
        "Mlle", "Monsieur", "Madame"};

    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("DFHMPS");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return honorificEnd(s, at) > 0;
    }

    @Override
    public void find(ScanText s, int at) {
        int h = honorificEnd(s, at);
        int first = NameWords.wordEnd(s, h, false);
        if (first < 0) {
            return;
        }
        int end = NameWords.moreWords(s, first, 1, false);
        if (!NameWords.codeAround(s, at, end)) {
            s.add(FindingKind.PERSON_NAME, at, end, 0.75);
        }
    }

    /** Where the name after an honorific at {@code at} starts ("Dr. " and "Dr " alike), or -1. */
    private static int honorificEnd(ScanText s, int at) {
        // Honorifics are 2..8 letters and end at '.' or ' ': most capitalised words fail here.
        int len = s.wordLength(at);
        char after = s.charAt(at + len);
        if (len < 2 || len > 8 || after != '.' && after != ' ') {
            return -1;
        }
        for (String h : HONORIFICS) {
            if (s.startsWith(at, h)) {
                int e = at + h.length();
                if (s.charAt(e) == '.') {
                    e++;
                }
                if (s.charAt(e) == ' ' && Character.isUpperCase(s.charAt(e + 1))) {
                    return e + 1;
                }
            }
        }
        return -1;
    }
}
