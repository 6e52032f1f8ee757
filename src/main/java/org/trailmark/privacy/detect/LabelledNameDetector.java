package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * A name after a label and a colon: "Full name: Anna Schmidt", "Nachname: Weber", {@code "name":
 * "Maria Lopez"}. After a plain "Name:" (also a file's, a project's…) the first word must be a listed
 * given name; in lower case ("name: anna smith") a given name that is no English word.
 */
final class LabelledNameDetector extends Detector {
    @Override
    public FindingKind kind() {
        return FindingKind.PERSON_NAME;
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
        Labels.Announces announces = Labels.of(Labels.beforeColon(s, colon));
        if (announces != Labels.Announces.A_NAME && announces != Labels.Announces.PERHAPS_A_NAME) {
            return;
        }
        int v = colon + 1;
        while (s.charAt(v) == ' ' || s.charAt(v) == '\t' || s.charAt(v) == '"' || s.charAt(v) == '\'') {
            v++;
        }
        int end = NameValue.end(s, v, announces == Labels.Announces.A_NAME);
        if (end > v) {
            s.add(FindingKind.PERSON_NAME, v, end, announces == Labels.Announces.A_NAME ? 0.85 : 0.75);
        }
    }
}
