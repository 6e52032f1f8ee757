package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/**
 * Passwords typed where no field said so (terminals, unknown fields): a whole entry ended by Enter or
 * Tab, after login context in the title or shortly before, or right after an e-mail and Tab.
 */
final class InferredPasswordDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PASSWORD;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark("\n\t");
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return s.inferPasswords();
    }

    @Override
    public void find(ScanText s, int sep) {
        char[] t = s.chars();
        int start = sep;
        while (start > 0 && !Character.isWhitespace(t[start - 1])) {
            start--;
        }
        int len = sep - start;
        if (len < 4 || len > 64) {
            return;
        }
        // The token must be the whole entry: alone between separators (Enter/Tab), no words before it.
        if (start > 0 && t[start - 1] != '\n' && t[start - 1] != '\t') {
            return;
        }
        String token = new String(t, start, len);
        if (token.indexOf('@') >= 0 && token.indexOf('.') >= 0 || token.contains("://")) {
            return;
        }
        if (t[sep] == '\t' && token.chars().allMatch(ch -> Character.isLowerCase(ch) || ScanText.isDigit((char) ch)
                || ch == '.' || ch == '_' || ch == '-')) {
            return; // a user name before Tab, most likely
        }
        for (String w : ContextWords.LOGIN) {
            if (w.equalsIgnoreCase(token)) {
                return;
            }
        }
        if (s.loginTitle() || ContextWords.before(t, start, 80, ContextWords.LOGIN)) {
            s.add(FindingKind.PASSWORD, start, sep, 0.7);
        } else if (afterEmailAndTab(t, start) && s.classes(start, sep) >= 2) {
            // "name@example.com <Tab> secret <Enter>" is how a login form is filled in, title or not.
            s.add(FindingKind.PASSWORD, start, sep, 0.65);
        }
    }

    private static boolean afterEmailAndTab(char[] t, int start) {
        if (start < 2 || t[start - 1] != '\t') {
            return false;
        }
        int p = start - 1;
        boolean at = false;
        while (p > 0 && !Character.isWhitespace(t[p - 1])) {
            p--;
            at |= t[p] == '@';
        }
        return at && start - 1 - p >= 5;
    }
}
