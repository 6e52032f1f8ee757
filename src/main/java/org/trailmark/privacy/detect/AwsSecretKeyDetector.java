package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/**
 * AWS secret access keys: 40 base64 characters of both cases, not hex, near a word about AWS. The
 * same run also reads as {@link FindingKind#HIGH_ENTROPY}; precedence keeps this, the specific kind.
 */
final class AwsSecretKeyDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.AWS_SECRET_KEY;
    }

    @Override
    public Trigger trigger() {
        return Trigger.tokenRun();
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return s.tokenRun().length() == 40;
    }

    @Override
    public void find(ScanText s, int at) {
        TokenRun run = s.tokenRun();
        if (!run.hex() && run.upper() > 0 && run.lower() > 0 && noUrlChars(s.chars(), run.start(), run.end())
                && ContextWords.before(s.chars(), run.start(), 120, ContextWords.AWS)) {
            s.add(FindingKind.AWS_SECRET_KEY, run.start(), run.end(), 0.9);
        }
    }

    private static boolean noUrlChars(char[] t, int s, int e) {
        for (int j = s; j < e; j++) {
            if (t[j] == '_' || t[j] == '-') {
                return false;
            }
        }
        return true;
    }
}
