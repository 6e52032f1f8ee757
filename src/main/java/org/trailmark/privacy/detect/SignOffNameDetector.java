package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * The name under a sign-off: "Best regards,\nAnna Schmidt", "Thanks, Maria", "Mit freundlichen
 * Grüßen\nJürgen Weber". A listed given name counts in any letter case; otherwise two or three words
 * written like a name that end the line.
 */
final class SignOffNameDetector implements Detector {
    private static final String[] SIGN_OFFS = {"regards", "best", "thanks", "cheers", "sincerely", "yours",
        "greetings", "grüße", "grüßen", "gruß", "cordialement", "salutations", "saludos", "merci"};

    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark(",\n");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        int w = at;
        while (w > 0 && w > at - 13 && Character.isLetter(s.chars()[w - 1])) {
            w--;
        }
        int len = at - w;
        if (len < 4 || s.alnumAt(w - 1)) {
            return false;
        }
        for (String word : SIGN_OFFS) {
            if (word.length() == len && s.matchesIgnoreCase(w, word)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void find(ScanText s, int at) {
        int start = at + 1;
        // After "Regards," one line break or space (and any indent) may come before the name.
        if (s.charAt(at) == ',' && s.charAt(start) == '\n') {
            start++;
        }
        while (s.charAt(start) == ' ') {
            start++;
        }
        char[] t = s.chars();
        int first = NameWords.wordEnd(s, start, true);
        if (first < 0) {
            return;
        }
        boolean capital = NameWords.wordEnd(s, start, false) > 0;
        // In lower case an ambiguous name is the word it also is ("thanks, will do").
        boolean listed = capital ? GivenNames.isAny(t, start, first) : GivenNames.isClear(t, start, first);
        int end = capital ? NameWords.moreWords(s, first, 2, false) : first;
        char after = s.charAt(end);
        boolean endsLine = after == '\n' || after == 0 || after == '\t' || after == '\r';
        boolean nameOnly = capital && end > first && endsLine;
        if ((listed || nameOnly) && !NameWords.codeAround(s, start, end)) {
            s.add(FindingKind.PERSON_NAME, start, end, listed ? 0.75 : 0.7);
        }
    }
}
