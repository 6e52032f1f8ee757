package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * A personal name with no context around it: a listed given name that is no English word, written
 * like a name, then one or two more name words ("Anna Schmidt", "Sarah Jane Connor", "Thomas A.
 * Edison", "Guido van Rossum"). Product and place phrases ("Julia Computing", "Victoria
 * Station") and code ("Anna.smith", "Anna_Smith(") are left alone.
 */
final class GivenNameDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart(Trigger.UPPER);
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        // Cheapest first: a capitalised word of 3..15 letters followed by a space and a capital or an initial.
        char[] t = s.chars();
        int e = at + 1;
        while (e < s.length() && e - at <= 15 && t[e] >= 'a' && t[e] <= 'z') {
            e++;
        }
        if (e - at < 3 || e - at > 15 || s.charAt(e) != ' ') {
            return false;
        }
        char next = s.charAt(e + 1);
        boolean nameAfter = Character.isUpperCase(next)
                || "vdlbatz".indexOf(next) >= 0 && next != 0 && Character.isUpperCase(s.charAt(NameWords.particlesEnd(s, e + 1)));
        return nameAfter && GivenNames.isClear(t, at, e);
    }

    @Override
    public void find(ScanText s, int at) {
        int first = NameWords.wordEnd(s, at, false);
        if (first < 0) {
            return;
        }
        int end = NameWords.moreWords(s, first, 2, false);
        if (end == first || NameWords.codeAround(s, at, end)) {
            return;
        }
        s.add(FindingKind.PERSON_NAME, at, end, 0.6);
    }
}
