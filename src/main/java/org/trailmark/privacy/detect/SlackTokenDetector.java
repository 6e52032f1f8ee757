package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/** Slack tokens: "xoxb-", "xoxp-"… or "xapp-", then dash-separated parts with at least six digits. */
final class SlackTokenDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.SLACK_TOKEN;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("x");
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        boolean xox = s.startsWith(i, "xox") && i + 4 < n && "abprse".indexOf(t[i + 3]) >= 0 && t[i + 4] == '-';
        if (!xox && !s.startsWith(i, "xapp-")) {
            return;
        }
        int body = i + 5;
        int j = body;
        int dashes = 0;
        int digits = 0;
        while (j < n && (ScanText.isAlnum(t[j]) || t[j] == '-')) {
            dashes += t[j] == '-' ? 1 : 0;
            digits += ScanText.isDigit(t[j]) ? 1 : 0;
            j++;
        }
        if (j - body >= 10 && dashes >= 1 && digits >= 6) {
            s.add(FindingKind.SLACK_TOKEN, i, j, 0.95);
        }
    }
}
