package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * Text typed into a field labelled for a name ("First name", "Nachname", "Cardholder name"): each
 * entry (between Tab and Enter) that is a name as a whole. The field's label comes from the capture's
 * {@code field} events.
 */
final class NameFieldDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
    }

    @Override
    public Trigger trigger() {
        return Trigger.whole();
    }

    @Override
    public boolean triggers(ScanText s, int at) {
        Labels.Announces a = Labels.of(s.fieldLabel());
        return a == Labels.Announces.A_NAME || a == Labels.Announces.PERHAPS_A_NAME;
    }

    @Override
    public void find(ScanText s, int at) {
        boolean certain = Labels.of(s.fieldLabel()) == Labels.Announces.A_NAME;
        Entries.each(s, (from, to) -> {
            int end = NameValue.end(s, from, certain);
            if (end == to) {
                s.add(FindingKind.PERSON_NAME, from, to, certain ? 0.85 : 0.75);
            }
        });
    }
}
