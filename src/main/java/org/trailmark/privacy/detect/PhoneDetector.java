package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/**
 * Phone numbers: international ("+44 20 7946 0958"), North American ("(212) 555-0187") and national
 * numbers starting with 0 in groups of two or more digits.
 */
final class PhoneDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PHONE;
    }

    @Override
    public Trigger trigger() {
        // At a number, the shapes cardOrPhone() can take: a long run, or a grouped one.
        return Trigger.numberOrMark(NumberGate.runsFrom(12).or(NumberGate.anyRunThen(" -.").thenDigit()), "+(");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        char c = s.chars()[at];
        if (c == '+' || c == '(') {
            return s.digitAt(at + 1) && !s.alnumAt(at - 1);
        }
        return s.numberShape(at).cardOrPhone();
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        boolean plus = t[i] == '+';
        int pos = plus ? i + 1 : i;
        int[] groupLen = new int[8];
        int groups = 0;
        int nd = 0;
        boolean parens = false;
        boolean dots = false;
        while (groups < 8) {
            boolean open = s.charAt(pos) == '(';
            if (open) {
                if (groups > 1 || parens) {
                    return;
                }
                pos++;
            }
            int len = s.digitRun(pos);
            if (len == 0) {
                return;
            }
            pos += len;
            if (open) {
                if (s.charAt(pos) != ')') {
                    return;
                }
                parens = true;
                pos++;
            }
            groupLen[groups++] = len;
            nd += len;
            if (nd > 15) {
                return;
            }
            char c = s.charAt(pos);
            if ((c == ' ' || c == '-' || c == '.') && (s.digitAt(pos + 1) || (s.charAt(pos + 1) == '(' && groups == 1))) {
                dots |= c == '.';
                pos++;
            } else if (open && s.digitAt(pos)) {
                continue;
            } else {
                break;
            }
        }
        if (s.alnumAt(pos) || s.decimalAt(pos) || (s.charAt(pos) == '-' && s.digitAt(pos + 1))) {
            return;
        }
        double conf;
        if (plus) {
            if (nd < 8 || nd > 15 || t[i + 1] == '0' || (groups < 2 && nd < 10) || dots) {
                return;
            }
            conf = 0.85;
        } else if (nanp(s, groupLen, groups, i)) {
            conf = parens ? 0.85 : dots ? 0.7 : 0.8;
        } else if (t[i] == '0' || (parens && t[i] == '(' && s.charAt(i + 1) == '0')) {
            if (nd < 10 || nd > 11 || groups < 2 || dots) {
                return;
            }
            for (int g = 0; g < groups; g++) {
                if (groupLen[g] < 2) {
                    return;
                }
            }
            conf = 0.7;
        } else {
            return;
        }
        if (ContextWords.before(t, i, 40, ContextWords.PHONE)) {
            conf = Math.min(0.95, conf + 0.1);
        }
        s.add(FindingKind.PHONE, i, pos, conf);
    }

    /**
     * North American numbering: an optional 1, then area code, exchange and line number; area code and
     * exchange start with 2..9.
     */
    private static boolean nanp(ScanText s, int[] groupLen, int groups, int i) {
        char[] t = s.chars();
        int offset = 0;
        int first = t[i] == '(' ? i + 1 : i;
        if (groups == 4 && groupLen[0] == 1 && t[first] == '1') {
            offset = 1;
            first = nextDigit(s, first + 1);
        } else if (groups != 3) {
            return false;
        }
        return groupLen[offset] == 3 && groupLen[offset + 1] == 3 && groupLen[offset + 2] == 4
                && first >= 0 && t[first] >= '2';
    }

    private static int nextDigit(ScanText s, int from) {
        for (int j = from; j < s.length(); j++) {
            if (ScanText.isDigit(s.chars()[j])) {
                return j;
            }
        }
        return -1;
    }
}
