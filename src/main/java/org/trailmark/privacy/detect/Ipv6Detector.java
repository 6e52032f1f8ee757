package org.trailmark.privacy.detect;

import org.trailmark.privacy.ContextWords;
import org.trailmark.privacy.FindingKind;

/** IPv6 addresses (full or with "::"), found from the first colon of a run of hex digits and colons. */
final class Ipv6Detector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.IP_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark(":");
    }

    @Override
    public boolean triggers(ScanText s, int colon) {
        // Only the first colon of a run starts a check.
        return colon == 0 || s.chars()[colon - 1] != ':';
    }

    @Override
    public void find(ScanText s, int colon) {
        char[] t = s.chars();
        int n = s.length();
        int start = colon;
        while (start > 0 && (ScanText.isHex(t[start - 1]) || t[start - 1] == ':')) {
            start--;
        }
        // Scan forward once per address: skip when an earlier colon of this run already did.
        for (int j = start; j < colon; j++) {
            if (t[j] == ':') {
                return;
            }
        }
        int end = colon;
        while (end < n && (ScanText.isHex(t[end]) || t[end] == ':')) {
            end++;
        }
        if (s.alnumAt(start - 1) || s.alnumAt(end) || s.charAt(start - 1) == '.' || s.charAt(end) == '.') {
            return;
        }
        if (valid(new String(t, start, end - start))) {
            s.add(FindingKind.IP_ADDRESS, start, end, ContextWords.before(t, start, 40, ContextWords.IP) ? 0.9 : 0.8);
        }
    }

    static boolean valid(String s) {
        int dbl = s.indexOf("::");
        if (dbl != s.lastIndexOf("::") || s.contains(":::")) {
            return false;
        }
        String[] parts = s.split(":", -1);
        int groups = 0;
        boolean letters = false;
        for (String part : parts) {
            if (part.isEmpty()) {
                if (dbl < 0) {
                    return false;
                }
                continue;
            }
            if (part.length() > 4) {
                return false;
            }
            for (char c : part.toCharArray()) {
                letters |= !ScanText.isDigit(c);
            }
            groups++;
        }
        if (s.startsWith(":") && !s.startsWith("::") || s.endsWith(":") && !s.endsWith("::")) {
            return false;
        }
        if (dbl < 0) {
            return groups == 8;
        }
        // A bare "::" or the loopback "::1" says nothing about a person.
        return groups >= 2 && groups <= 7 || letters && groups >= 1 && !s.equals("::1");
    }
}
