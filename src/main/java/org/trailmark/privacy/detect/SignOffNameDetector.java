package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * The full name under a sign-off: "Best regards,\nAnna Schmidt", "Thanks, Maria Lopez", "Mit
 * freundlichen Grüßen\nJürgen Weber": two or three words written like a name that start with a
 * listed given name or end the line. A first name alone is not flagged.
 */
final class SignOffNameDetector extends Detector {
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
        int first = NameWords.wordEnd(s, start, false);
        if (first < 0) {
            return;
        }
        // As under a greeting, a first name alone ("Thanks,\nAna") is not flagged.
        int end = NameWords.moreWords(s, first, 2, false);
        char after = s.charAt(end);
        boolean endsLine = after == '\n' || after == 0 || after == '\t' || after == '\r';
        if (end > first && (endsLine || GivenNames.isAny(t, start, first)) && !NameWords.codeAround(s, start, end)) {
            s.add(FindingKind.PERSON_NAME, start, end, 0.7);
        }
    }
}
