package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * Text typed into a field labelled for an address ("Street address", "Address line 1", "Anschrift"):
 * each entry that reads like an address. The field's label comes from the capture's {@code field} events.
 */
final class AddressFieldDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.POSTAL_ADDRESS;
    }

    @Override
    public Trigger trigger() {
        return Trigger.whole();
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        return Labels.of(s.fieldLabel()) == Labels.Announces.AN_ADDRESS;
    }

    @Override
    public void find(ScanText s, int at) {
        Entries.each(s, (from, to) -> {
            int end = AddressValue.end(s, from, to);
            if (end > from) {
                s.add(FindingKind.POSTAL_ADDRESS, from, end, 0.8);
            }
        });
    }
}
