package org.trailmark.privacy.detect;

import java.util.List;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.TextMatch;
import org.trailmark.privacy.TextScanner;

/** What the whole scanner finds in a text, as "KIND=value" strings, so a test reads like the text it checks. */
final class Found {
    private Found() {
    }

    static List<String> in(String text) {
        return in(text, null);
    }

    /** As typed into a field labelled {@code fieldLabel}. */
    static List<String> in(String text, String fieldLabel) {
        char[] chars = text.toCharArray();
        return TextScanner.scan(chars, chars.length, null, fieldLabel, false).stream()
                .map(m -> m.kind() + "=" + text.substring(m.start(), m.end())).toList();
    }

    /** Only hits of {@code kind}, as their values. */
    static List<String> of(FindingKind kind, String text) {
        return of(kind, text, null);
    }

    static List<String> of(FindingKind kind, String text, String fieldLabel) {
        char[] chars = text.toCharArray();
        List<TextMatch> hits = TextScanner.scan(chars, chars.length, null, fieldLabel, false);
        return hits.stream().filter(m -> m.kind() == kind).map(m -> text.substring(m.start(), m.end())).toList();
    }
}
