package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;
import org.trailmark.model.MaskedKey;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** Characters a recorder masked ({@link MaskedKey}) hold nothing to find; the rest of the text is scanned as ever. */
class MaskedKeyScanTest {

    private static SessionLog typed(FieldRole role, String code, String text, String after) {
        SessionLogBuilder log = new SessionLogBuilder();
        log.focus(0, "web", "Sign in").field(10, role, "password");
        int t = 20;
        for (char c : text.toCharArray()) {
            String key = c == '\n' ? "Enter" : code;
            String typedText = c == '\n' ? null : String.valueOf(c);
            log.key(t, true, key, typedText).key(t + 5, false, key, null);
            t += 10;
        }
        log.field(t, FieldRole.TEXT, "note");
        for (char c : after.toCharArray()) {
            t += 10;
            log.key(t, true, "Unidentified", String.valueOf(c)).key(t + 5, false, "Unidentified", null);
        }
        return log.build();
    }

    private static List<FindingKind> kinds(SessionLog log) {
        return SessionScanner.scan(log).findings().stream().map(Finding::kind).toList();
    }

    @Test
    void maskCharactersInAPasswordFieldAreNoPasswordFinding() {
        assertThat(kinds(typed(FieldRole.PASSWORD, MaskedKey.CODE, "********", ""))).isEmpty();
        assertThat(kinds(typed(FieldRole.PASSWORD, "Unidentified", "********", ""))).containsExactly(FindingKind.PASSWORD);
    }

    @Test
    void maskCharactersInAnUnknownFieldOnALoginPageAreNoInferredPassword() {
        assertThat(kinds(typed(FieldRole.OTHER, MaskedKey.CODE, "Xy7!********\n", ""))).isEmpty();
        assertThat(kinds(typed(FieldRole.OTHER, "Unidentified", "Xy7!********\n", "")))
                .containsExactly(FindingKind.PASSWORD);
    }

    @Test
    void textTypedBesideMaskedCharactersIsStillScanned() {
        assertThat(kinds(typed(FieldRole.PASSWORD, MaskedKey.CODE, "******", "ana@example.com ")))
                .containsExactly(FindingKind.EMAIL);
    }
}
