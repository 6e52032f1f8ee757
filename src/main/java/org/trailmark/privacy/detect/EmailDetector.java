package org.trailmark.privacy.detect;

import java.util.Locale;
import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/** Mailbox addresses around an '@': a plausible local part and a domain of two or more labels with a letter TLD. */
final class EmailDetector extends Detector {
    /** "logo@2x.png" is a file name: these "TLDs" are file extensions. */
    private static final String[] FILE_TLDS = {"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "txt", "js",
        "css", "html"};

    @Override
    public FindingKind kind() {
        return FindingKind.EMAIL;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark("@");
    }

    @Override
    public void find(ScanText s, int at) {
        char[] t = s.chars();
        int n = s.length();
        int start = at;
        while (start > 0 && start > at - 65 && isLocalChar(t[start - 1])) {
            start--;
        }
        while (start < at && (t[start] == '.' || t[start] == '-' || t[start] == '+')) {
            start++;
        }
        if (start == at || t[at - 1] == '.') {
            return;
        }
        int e = at + 1;
        while (e < n && e < at + 256 && (ScanText.isAlnum(t[e]) || t[e] == '.' || t[e] == '-')) {
            e++;
        }
        while (e > at + 1 && (t[e - 1] == '.' || t[e - 1] == '-')) {
            e--;
        }
        if (!validDomain(t, at + 1, e)) {
            return;
        }
        for (int j = start; j + 1 < at; j++) {
            if (t[j] == '.' && t[j + 1] == '.') {
                return;
            }
        }
        // "git@github.com:org/repo" is an SSH remote, not a mailbox.
        if (s.charAt(e) == ':' && at - start == 3 && s.startsWith(start, "git")) {
            return;
        }
        s.add(FindingKind.EMAIL, start, e, ContextWords.before(t, start, 40, ContextWords.EMAIL) ? 0.98 : 0.95);
    }

    private static boolean validDomain(char[] t, int from, int to) {
        int labels = 0;
        int labelStart = from;
        for (int j = from; j <= to; j++) {
            if (j == to || t[j] == '.') {
                int len = j - labelStart;
                if (len < 1 || len > 63 || t[labelStart] == '-' || t[j - 1] == '-') {
                    return false;
                }
                labels++;
                if (j == to && !validTld(t, labelStart, len)) {
                    return false;
                }
                labelStart = j + 1;
            }
        }
        return labels >= 2;
    }

    private static boolean validTld(char[] t, int from, int len) {
        if (len < 2 || len > 24) {
            return false;
        }
        for (int q = from; q < from + len; q++) {
            if (!Character.isLetter(t[q])) {
                return false;
            }
        }
        String tld = new String(t, from, len).toLowerCase(Locale.ROOT);
        for (String bad : FILE_TLDS) {
            if (bad.equals(tld)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLocalChar(char c) {
        return ScanText.isAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }
}
