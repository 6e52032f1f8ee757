package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * An address after a label and a colon: "Address: 4 Privet Drive, Little Whinging", "Anschrift:
 * Hauptstraße 5, 10115 Berlin". The rest of the line counts when it reads like an address: a word
 * and a number, no e-mail or web address.
 */
final class LabelledAddressDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.POSTAL_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.mark(":");
    }

    @Override
    public boolean triggers(ScanText s, int colon) {
        return Labels.mayEndLabel(s, colon);
    }

    @Override
    public void find(ScanText s, int colon) {
        if (Labels.of(Labels.beforeColon(s, colon)) != Labels.Announces.AN_ADDRESS) {
            return;
        }
        int v = colon + 1;
        while (s.charAt(v) == ' ' || s.charAt(v) == '\t' || s.charAt(v) == '"' || s.charAt(v) == '\'') {
            v++;
        }
        int e = v;
        while (e < s.length() && e - v < 160 && "\n\t|;\"".indexOf(s.chars()[e]) < 0) {
            e++;
        }
        int end = AddressValue.end(s, v, e);
        if (end > v) {
            s.add(FindingKind.POSTAL_ADDRESS, v, end, 0.8);
        }
    }
}
