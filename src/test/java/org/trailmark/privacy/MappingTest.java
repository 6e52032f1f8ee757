package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.SessionLog;

/** Findings map back to every key event that spelled the value, corrections and deleted characters included. */
class MappingTest {
    private static List<Finding> scan(SessionLog log) {
        return SessionScanner.scan(log).findings();
    }

    /** The characters typed by a finding's key_down events, in event order. */
    private static String typedBy(SessionLog log, Finding f) {
        StringBuilder sb = new StringBuilder();
        for (int e : f.keyEvents()) {
            if (log.kind(e) == EventKind.KEY_DOWN && log.b(e) >= 0) {
                sb.append(log.string(log.b(e)));
            }
        }
        return sb.toString();
    }

    @Test
    void aCardWithATypoFixedByBackspaceMapsToEveryKeyIncludingTheTypo() {
        KeyScript s = new KeyScript(50).focus("Firefox", "Checkout").field(FieldRole.TEXT, "Card number");
        s.type("4111 11").type("7").press("Backspace").type("11 1111 1111");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.PAYMENT_CARD);
        Finding card = found.get(0);
        assertThat(typedBy(log, card)).isEqualTo("4111 117" + "11 1111 1111");
        assertThat(card.preview()).isEqualTo("\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 1111");
        assertThat(card.startMs()).isEqualTo(log.time(card.keyEvents()[0]));
        assertThat(card.endMs()).isEqualTo(log.time(card.keyEvents()[card.keyEvents().length - 1]) + 1);
    }

    @Test
    void aValueTypedAndThenDeletedEntirelyIsStillFound() {
        KeyScript s = new KeyScript(50).focus("Slack", "general").field(FieldRole.MULTILINE, "Message");
        s.type("my key AKIAIOSFODNN7EXAMPLE").press("Backspace", 20).type("oops never mind\n");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.AWS_ACCESS_KEY);
        assertThat(typedBy(log, found.get(0))).isEqualTo("AKIAIOSFODNN7EXAMPLE");
    }

    @Test
    void anEmailCorrectedInTheMiddleWithArrowKeysMapsToTheInsertedKeysToo() {
        KeyScript s = new KeyScript(50).focus("Thunderbird", "Write").field(FieldRole.EMAIL, "To");
        s.type("ana.lim@example.com").press("ArrowLeft", 12).type("a");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.EMAIL);
        assertThat(typedBy(log, found.get(0))).isEqualTo("ana.lim@example.coma");
        assertThat(found.get(0).preview()).isEqualTo("a\u2022\u2022\u2022@\u2022\u2022\u2022.com");
    }

    @Test
    void keysTypedIntoAPasswordFieldAreAPasswordWithEveryKeyAndShift() {
        KeyScript s = new KeyScript(50).focus("Firefox", "Sign in").field(FieldRole.PASSWORD, "Password");
        s.type("Ab1").press("Backspace").type("2!");
        s.field(FieldRole.SEARCH, "Search").type("weather");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.PASSWORD);
        Finding pw = found.get(0);
        assertThat(pw.origin()).isEqualTo(Finding.Origin.PASSWORD_FIELD);
        assertThat(typedBy(log, pw)).isEqualTo("Ab12!");
        assertThat(pw.startMs()).isEqualTo(log.time(0) + 50 + 50); // the Shift before 'A', after focus and field
        for (int e : pw.keyEvents()) {
            assertThat(log.kind(e)).isIn(EventKind.KEY_DOWN, EventKind.KEY_UP);
        }
    }

    @Test
    void withoutFieldContextAPasswordAfterAUserNameAndTabIsInferredInALoginWindow() {
        KeyScript s = new KeyScript(50).focus("Firefox", "Log in | Example Bank");
        s.type("ana.lima\tOtter-Lantern-42!\n");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).extracting(Finding::kind).containsExactly(FindingKind.PASSWORD);
        assertThat(typedBy(log, found.get(0))).isEqualTo("Otter-Lantern-42!");
        assertThat(found.get(0).origin()).isEqualTo(Finding.Origin.TYPED);
    }

    @Test
    void windowTitlesAreScannedAndSpanTheirFocus() {
        KeyScript s = new KeyScript(50).focus("Thunderbird", "Inbox \u2013 ana.lima@example.com");
        s.waitMs(1000).focus("Terminal", "bash");
        SessionLog log = s.build();
        List<Finding> found = scan(log);
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.EMAIL);
            assertThat(f.origin()).isEqualTo(Finding.Origin.WINDOW_TITLE);
            assertThat(f.startMs()).isEqualTo(log.time(0));
            assertThat(f.endMs()).isEqualTo(log.time(1));
        });
    }
}
