package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.Validators;

/** Card numbers of 13–19 digits, whole or in groups of 3–7 split by spaces or dashes, that pass Luhn and a brand prefix. */
final class PaymentCardDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PAYMENT_CARD;
    }

    @Override
    public Trigger trigger() {
        // The shapes cardOrPhone() can take: a long run, or a run grouped by ' ', '-' or '.' and a digit.
        return Trigger.number(NumberGate.runsFrom(12).or(NumberGate.anyRunThen(" -.").thenDigit()));
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return s.numberShape(at).cardOrPhone();
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        if (!thirteenDigitsAhead(t, n, i)) {
            return;
        }
        char[] digits = new char[20];
        int[] groupEnd = new int[20];
        int[] groupDigits = new int[20];
        int groups = 0;
        int nd = 0;
        int pos = i;
        char sep = 0;
        while (true) {
            int start = pos;
            while (pos < n && ScanText.isDigit(t[pos]) && nd < 20) {
                digits[nd++] = t[pos++];
            }
            int len = pos - start;
            if (nd >= 20 || (pos < n && ScanText.isDigit(t[pos]))) {
                break;
            }
            if (sep != 0 && (len < 3 || len > 7)) {
                break;
            }
            groupEnd[groups] = pos;
            groupDigits[groups] = nd;
            groups++;
            if (pos + 1 < n && (t[pos] == ' ' || t[pos] == '-') && ScanText.isDigit(t[pos + 1])
                    && (sep == 0 || sep == t[pos]) && (len >= 3 && len <= 7)) {
                sep = t[pos];
                pos++;
            } else {
                break;
            }
        }
        // The longest grouping that is a card wins: "4111 1111 1111 1111 22" is not cut short.
        for (int g = groups - 1; g >= 0; g--) {
            int count = groupDigits[g];
            int end = groupEnd[g];
            if (count < 13 || count > 19 || s.alnumAt(end) || s.decimalAt(end)) {
                continue;
            }
            if (Validators.paymentCard(new String(digits, 0, count))) {
                double conf = ContextWords.before(t, i, 60, ContextWords.CARD) ? 0.97 : 0.9;
                s.add(FindingKind.PAYMENT_CARD, i, end, conf);
                return;
            }
        }
    }

    /**
     * Whether 13 digits follow {@code i} with single spaces or dashes between them: every grouping
     * below reads only such characters, so without them no card can start here (most grouped
     * numbers in prose, "4021 5 ", stop far short).
     */
    private static boolean thirteenDigitsAhead(char[] t, int n, int i) {
        int digits = 0;
        for (int j = i; j < n; j++) {
            char c = t[j];
            if (ScanText.isDigit(c)) {
                if (++digits == 13) {
                    return true;
                }
            } else if (c != ' ' && c != '-' || !ScanText.isDigit(j + 1 < n ? t[j + 1] : 0)) {
                return false;
            }
        }
        return false;
    }
}
