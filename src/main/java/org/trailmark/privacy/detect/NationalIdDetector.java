package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.Validators;

/**
 * US social security numbers that pass the SSA's rules: "123-45-6789" alone, "123 45 6789" or nine
 * digits in a row only after a word such as "SSN".
 */
final class NationalIdDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.NATIONAL_ID;
    }

    @Override
    public Trigger trigger() {
        return Trigger.number(NumberGate.run(3).then(" -.").thenDigit().or(NumberGate.run(9)));
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        NumberShape shape = s.numberShape(at);
        return !shape.continues() && (shape.run() == 3 && shape.grouped() || shape.run() == 9);
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        if (s.digitRun(i) == 3 && i + 11 <= n) {
            char sep = t[i + 3];
            if ((sep == '-' || sep == ' ') && s.digitRun(i + 4) == 2 && t[i + 6] == sep && s.digitRun(i + 7) == 4
                    && !s.alnumAt(i + 11) && !(s.charAt(i + 11) == sep && s.digitAt(i + 12))) {
                String nine = new String(t, i, 3) + new String(t, i + 4, 2) + new String(t, i + 7, 4);
                if (Validators.ssn(nine)) {
                    boolean context = ContextWords.before(t, i, 48, ContextWords.SSN);
                    if (sep == '-' || context) {
                        s.add(FindingKind.NATIONAL_ID, i, i + 11, context ? 0.95 : 0.8);
                    }
                }
            }
        } else if (s.digitRun(i) == 9 && !s.alnumAt(i + 9) && !s.decimalAt(i + 9)
                && ContextWords.before(t, i, 40, ContextWords.SSN) && Validators.ssn(new String(t, i, 9))) {
            s.add(FindingKind.NATIONAL_ID, i, i + 9, 0.85);
        }
    }
}
