package org.trailmark.privacy.detect;

import java.util.Locale;
import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.Validators;

/** IBANs, compact or in groups of four, of their country's length and with a valid mod-97 check. */
final class IbanDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.IBAN;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart(Trigger.UPPER);
    }

    @Override
    public boolean triggers(ScanText s, int i) {
        return i + 4 <= s.length() && Character.isLetter(s.chars()[i + 1]) && s.digitAt(i + 2) && s.digitAt(i + 3);
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        String country = ("" + t[i] + t[i + 1]).toUpperCase(Locale.ROOT);
        int length = Validators.ibanLength(country);
        if (length == 0) {
            return;
        }
        StringBuilder compact = new StringBuilder(length);
        int j = i;
        while (j < n && compact.length() < length) {
            char c = t[j];
            if (ScanText.isAlnum(c)) {
                compact.append(Character.toUpperCase(c));
                j++;
            } else if (c == ' ' && j + 1 < n && ScanText.isAlnum(t[j + 1]) && compact.length() % 4 == 0) {
                j++;
            } else {
                break;
            }
        }
        if (compact.length() == length && !s.alnumAt(j) && Validators.iban(compact)) {
            s.add(FindingKind.IBAN, i, j, ContextWords.before(t, i, 40, ContextWords.IBAN) ? 0.98 : 0.95);
        }
    }
}
