package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/** Dotted IPv4 addresses, leaving out 0.x, loopback, broadcast and version numbers ("version 10.0.19041.1"). */
final class Ipv4Detector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.IP_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.number(NumberGate.runs(1, 3).then(".").thenDigit());
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        NumberShape shape = s.numberShape(at);
        return shape.run() <= 3 && shape.next() == '.' && shape.digitAfter();
    }

    @Override
    public void find(ScanText s, int i) {
        char[] t = s.chars();
        if (i > 0 && t[i - 1] == '.') {
            return;
        }
        int pos = i;
        int first = -1;
        for (int part = 0; part < 4; part++) {
            int len = s.digitRun(pos);
            if (len < 1 || len > 3 || (len > 1 && t[pos] == '0')) {
                return;
            }
            int value = Integer.parseInt(new String(t, pos, len));
            if (value > 255) {
                return;
            }
            if (part == 0) {
                first = value;
            }
            pos += len;
            if (part < 3) {
                if (s.charAt(pos) != '.') {
                    return;
                }
                pos++;
            }
        }
        if (s.alnumAt(pos) || (s.charAt(pos) == '.' && s.digitAt(pos + 1)) || first == 0 || first == 127
                || first == 255 || ContextWords.before(t, i, 16, ContextWords.VERSION)) {
            return;
        }
        s.add(FindingKind.IP_ADDRESS, i, pos, ContextWords.before(t, i, 40, ContextWords.IP) ? 0.92 : 0.8);
    }
}
