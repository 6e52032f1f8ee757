package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.export.RedactedSession;
import org.trailmark.export.Redactor;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/** Clipboard text kept on import is scanned and redacted like typed text; a length alone is nothing to find. */
class ClipboardScanTest {
    private static final String CARD = "4111 1111 1111 1111";

    private static SessionLog withClipboard(String text) {
        return new SessionLogBuilder().focus(0, "Notes", "Shopping").key(10, true, "KeyA", "a")
                .key(20, false, "KeyA", null).clipboard(500, CARD.length(), text).pointerMove(900, 1, 1).build();
    }

    @Test
    void keptClipboardTextIsScannedAndItsFindingPointsAtTheClipboardEvent() {
        List<Finding> findings = SessionScanner.scan(withClipboard("card " + CARD)).findings();

        assertThat(findings).filteredOn(f -> f.origin() == Finding.Origin.CLIPBOARD).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PAYMENT_CARD);
            assertThat(f.startMs()).isEqualTo(500);
            assertThat(f.keyEvents()).containsExactly(3);
            assertThat(f.preview()).doesNotContain("4111 1111");
        });
    }

    @Test
    void aClipboardEventWithoutTextHasNothingToFind() {
        assertThat(SessionScanner.scan(withClipboard(null)).findings()).isEmpty();
    }

    @Test
    void redactionDropsTheFlaggedClipboardTextKeepsItsLengthAndListsItForVerification() {
        RedactedSession redacted = Redactor.redact(withClipboard("card " + CARD), List.of());

        SessionLog log = redacted.log();
        int clipboard = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.CLIPBOARD) {
                clipboard = i;
            }
        }
        assertThat(clipboard).isNotNegative();
        assertThat(log.a(clipboard)).isEqualTo(CARD.length());
        assertThat(log.b(clipboard)).isEqualTo(SessionLog.NO_STRING);
        assertThat(log.strings()).noneMatch(s -> s.contains("4111"));
        assertThat(redacted.originals()).anyMatch(s -> s.contains(CARD));
    }

    @Test
    void unflaggedClipboardTextIsKeptThroughRedactionWithItsOwnString() {
        RedactedSession redacted = Redactor.redact(withClipboard("see you at noon"), List.of());

        SessionLog log = redacted.log();
        int clipboard = 3;
        assertThat(log.kind(clipboard)).isEqualTo(EventKind.CLIPBOARD);
        assertThat(log.string(log.b(clipboard))).isEqualTo("see you at noon");
    }
}
