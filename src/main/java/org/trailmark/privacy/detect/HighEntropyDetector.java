package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.Validators;

/**
 * Random-looking tokens of 20+ characters: long hex with digits (not after "commit", "sha"…), or
 * mixed case with digits and enough entropy for its length (not a UUID).
 */
final class HighEntropyDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.HIGH_ENTROPY;
    }

    @Override
    public Trigger trigger() {
        return Trigger.tokenRun();
    }

    @Override
    public void find(ScanText s, int at) {
        TokenRun run = s.tokenRun();
        char[] t = s.chars();
        int start = run.start();
        int end = run.end();
        int len = run.length();
        // The entropy (a logarithm per distinct character) only once the counts allow a hit.
        if (run.hex()) {
            if (len >= 32 && run.digits() > 0 && run.digits() < len && Validators.entropy(t, start, end) >= 3.0
                    && !ContextWords.before(t, start, 60, ContextWords.HASH)) {
                s.add(FindingKind.HIGH_ENTROPY, start, end, 0.6);
            }
            return;
        }
        if (run.upper() > 0 && run.lower() > 0 && run.digits() > 0
                && Validators.entropy(t, start, end) >= Math.min(4.3, log2(len) - 0.9)
                && !uuid(t, start, end)) {
            s.add(FindingKind.HIGH_ENTROPY, start, end, ContextWords.before(t, start, 40, ContextWords.SECRET) ? 0.75 : 0.6);
        }
    }

    private static boolean uuid(char[] t, int s, int e) {
        return e - s == 36 && t[s + 8] == '-' && t[s + 13] == '-' && t[s + 18] == '-' && t[s + 23] == '-';
    }

    private static double log2(int x) {
        return Math.log(x) / Math.log(2);
    }
}
