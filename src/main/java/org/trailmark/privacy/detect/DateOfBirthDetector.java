package org.trailmark.privacy.detect;

import java.util.Locale;
import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/**
 * Dates right after a word of birth ("born", "DOB", "geboren"…) with no other number in between:
 * 1985-03-12, 12/03/1985, 12.03.1985, "12 March 1985", "March 12, 1985". A date alone is not personal.
 */
final class DateOfBirthDetector extends Detector {
    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};

    @Override
    public FindingKind kind() {
        return FindingKind.DATE_OF_BIRTH;
    }

    @Override
    public Trigger trigger() {
        // A date's separator and digit, or a short run (a day before or after a month's name).
        return Trigger.number(NumberGate.anyRunThen("-/.").thenDigit().or(NumberGate.runs(1, 2)));
    }

    @Override
    public boolean triggers(ScanText s, int i) {
        NumberShape shape = s.numberShape(i);
        char next = shape.next();
        int run = shape.run();
        boolean dateShape = (next == '-' || next == '/' || next == '.') && shape.digitAfter()
                || run <= 2 && (next == ' ' && Character.isLetter(s.charAt(i + run + 1))
                || s.charAt(i - 1) == ' ' && Character.isLetter(s.charAt(i - 2)));
        return dateShape && birthContext(s, i);
    }

    /** "born", "DOB"… shortly before, with no other number in between: the date is the first one after it. */
    private static boolean birthContext(ScanText s, int i) {
        char[] t = s.chars();
        int from = Math.max(0, i - 32);
        for (int j = i - 1; j >= from; j--) {
            if (ScanText.isDigit(t[j])) {
                from = j + 1;
                break;
            }
        }
        return ContextWords.within(t, from, i, ContextWords.BIRTH);
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int a = s.digitRun(i);
        int pos = i + a;
        char sep = s.charAt(pos);
        if ((sep == '-' || sep == '/' || sep == '.') && a >= 1 && a <= 4) {
            numeric(s, i, a, pos, sep);
            return;
        }
        if (a >= 1 && a <= 2 && sep == ' ') {
            // "12 March 1985"
            int w = pos + 1;
            int month = monthAt(s, w);
            if (month > 0) {
                int after = w + s.wordLength(w);
                if (s.charAt(after) == '.') {
                    after++;
                }
                if (s.charAt(after) == ' ' && s.digitRun(after + 1) == 4 && !s.alnumAt(after + 5)) {
                    int year = Integer.parseInt(new String(t, after + 1, 4));
                    if (date(year, month, Integer.parseInt(new String(t, i, a)))) {
                        s.add(FindingKind.DATE_OF_BIRTH, i, after + 5, 0.85);
                    }
                }
            }
        }
        if (a >= 1 && a <= 2 && i >= 2 && t[i - 1] == ' ') {
            // "March 12, 1985"
            int w = i - 1;
            while (w > 0 && Character.isLetter(t[w - 1])) {
                w--;
            }
            int month = monthAt(s, w);
            int after = i + a;
            if (month > 0 && s.charAt(after) == ',') {
                after++;
            }
            if (month > 0 && s.charAt(after) == ' ' && s.digitRun(after + 1) == 4 && !s.alnumAt(after + 5)) {
                int year = Integer.parseInt(new String(t, after + 1, 4));
                if (date(year, month, Integer.parseInt(new String(t, i, a)))) {
                    s.add(FindingKind.DATE_OF_BIRTH, w, after + 5, 0.85);
                }
            }
        }
    }

    /** 1985-03-12, or day and month either way round before a four-digit year. */
    private static void numeric(ScanText s, int i, int a, int pos, char sep) {
        char[] t = s.chars();
        int b = s.digitRun(pos + 1);
        int pos2 = pos + 1 + b;
        if (b >= 1 && b <= 2 && s.charAt(pos2) == sep) {
            int c = s.digitRun(pos2 + 1);
            int end = pos2 + 1 + c;
            if (s.alnumAt(end) || s.decimalAt(end)) {
                return;
            }
            // A year has at most four digits; a longer run would not even fit an int ("born 1/2/19782210516124255").
            if (c == 0 || c > 4) {
                return;
            }
            int va = Integer.parseInt(new String(t, i, a));
            int vb = Integer.parseInt(new String(t, pos + 1, b));
            int vc = Integer.parseInt(new String(t, pos2 + 1, c));
            boolean valid = a == 4 && c <= 2 ? date(va, vb, vc)
                    : a <= 2 && c == 4 && (date(vc, vb, va) || date(vc, va, vb));
            if (valid) {
                s.add(FindingKind.DATE_OF_BIRTH, i, end, 0.85);
            }
        }
    }

    private static boolean date(int year, int month, int day) {
        return year >= 1900 && year <= 2030 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
    }

    private static int monthAt(ScanText s, int at) {
        int len = s.wordLength(at);
        if (len < 3) {
            return 0;
        }
        String word = new String(s.chars(), at, len).toLowerCase(Locale.ROOT);
        for (int m = 0; m < 12; m++) {
            if (MONTHS[m].equals(word) || (len == 3 && MONTHS[m].startsWith(word))
                    || (len == 4 && word.equals("sept") && m == 8)) {
                return m + 1;
            }
        }
        return 0;
    }
}
