package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/** PEM private keys from "-----BEGIN … PRIVATE KEY-----" to their END line (or the end of the text). */
final class PrivateKeyDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PRIVATE_KEY;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark("-");
    }

    @Override
    public boolean triggers(ScanText s, int i) {
        return s.startsWith(i, "-----BEGIN ");
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        int n = s.length();
        int lineEnd = i + 11;
        while (lineEnd < n && lineEnd < i + 80 && t[lineEnd] != '\n' && !s.startsWith(lineEnd, "-----")) {
            lineEnd++;
        }
        String label = new String(t, i + 11, lineEnd - i - 11);
        if (!label.endsWith("PRIVATE KEY") || !s.startsWith(lineEnd, "-----")) {
            return;
        }
        int end = n;
        for (int j = lineEnd + 5; j + 8 <= n; j++) {
            if (t[j] == '-' && s.startsWith(j, "-----END ")) {
                int k = j + 9;
                while (k < n && k < j + 80 && !s.startsWith(k, "-----")) {
                    k++;
                }
                end = Math.min(n, k + 5);
                break;
            }
        }
        s.add(FindingKind.PRIVATE_KEY, i, end, 0.99);
    }
}
