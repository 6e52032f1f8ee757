package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/** AWS access key ids: a known four-letter prefix and 16 upper-case letters or digits, 20 in all. */
final class AwsAccessKeyDetector extends Detector {
    private static final String[] PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA",
        "ANVA", "APKA", "AROA"};

    @Override
    public FindingKind kind() {
        return FindingKind.AWS_ACCESS_KEY;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart("A");
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        for (String p : PREFIXES) {
            if (s.startsWith(i, p)) {
                int j = i + 4;
                while (j < n && j < i + 20 && (ScanText.isDigit(t[j]) || (t[j] >= 'A' && t[j] <= 'Z'))) {
                    j++;
                }
                if (j == i + 20 && !s.alnumAt(j) && s.charAt(j) != '_') {
                    boolean common = p.equals("AKIA") || p.equals("ASIA");
                    double conf = common ? 0.95 : 0.85;
                    if (ContextWords.before(t, i, 80, ContextWords.AWS)) {
                        conf += 0.04;
                    }
                    s.add(FindingKind.AWS_ACCESS_KEY, i, j, conf);
                }
                return;
            }
        }
    }
}
