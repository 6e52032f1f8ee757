package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * UK postcodes by their format: outward code A9, A99, A9A, AA9, AA99 or AA9A, a space, inward code
 * 9AA, with the letters each position allows ("SW1A 1AA", "M1 1AE", "EC1A 1BB"). Written in capitals.
 */
final class UkPostcodeDetector extends Detector {
    private static final String FIRST = "ABCDEFGHIJKLMNOPRSTUWYZ";
    private static final String SECOND = "ABCDEFGHKLMNOPQRSTUVWXY";
    private static final String THIRD = "ABCDEFGHJKPSTUW";
    private static final String FOURTH = "ABEHMNPRVWXY";
    private static final String INWARD = "ABDEFGHJLNPQRSTUWXYZ";

    @Override
    public FindingKind kind() {
        return FindingKind.POSTAL_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.wordStart(Trigger.UPPER);
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return (s.digitAt(at + 1) || s.digitAt(at + 2)) && FIRST.indexOf(s.charAt(at)) >= 0;
    }

    @Override
    public void find(ScanText s, int at) {
        int space = outwardEnd(s, at);
        if (space < 0 || s.charAt(space) != ' ') {
            return;
        }
        int in = space + 1;
        if (s.digitAt(in) && INWARD.indexOf(s.charAt(in + 1)) >= 0 && INWARD.indexOf(s.charAt(in + 2)) >= 0
                && !s.alnumAt(in + 3) && s.charAt(at - 1) != '-' && s.charAt(at - 1) != '_') {
            s.add(FindingKind.POSTAL_ADDRESS, at, in + 3, 0.8);
        }
    }

    /** End of a valid outward code at {@code at}, or -1. */
    private static int outwardEnd(ScanText s, int at) {
        char second = s.charAt(at + 1);
        if (s.digitAt(at + 1)) {
            // A9, A99, A9A
            if (s.digitAt(at + 2)) {
                return at + 3;
            }
            return THIRD.indexOf(s.charAt(at + 2)) >= 0 && s.charAt(at + 2) != 0 ? at + 3 : at + 2;
        }
        if (SECOND.indexOf(second) < 0 || second == 0 || !s.digitAt(at + 2)) {
            return -1;
        }
        // AA9, AA99, AA9A
        if (s.digitAt(at + 3)) {
            return at + 4;
        }
        return FOURTH.indexOf(s.charAt(at + 3)) >= 0 && s.charAt(at + 3) != 0 ? at + 4 : at + 3;
    }
}
