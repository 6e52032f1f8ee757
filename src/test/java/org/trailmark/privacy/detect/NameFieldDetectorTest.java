package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.PERSON_NAME;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FieldRole;
import org.trailmark.privacy.Finding;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.KeyScript;
import org.trailmark.privacy.SessionScanner;

class NameFieldDetectorTest {
    @Test
    void whatIsTypedIntoANameFieldIsAName() {
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", "Last name")).containsExactly("Kowalczyk");
        assertThat(Found.of(PERSON_NAME, "Zbigniew\t", "First name *")).containsExactly("Zbigniew");
        assertThat(Found.of(PERSON_NAME, "Anna Schmidt\n", "Cardholder name")).containsExactly("Anna Schmidt");
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", "Name")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Anna", "Name")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Anna Schmidt", "Name")).containsExactly("Anna Schmidt");
    }

    @Test
    void fieldsAboutThingsAndValuesThatAreNoNamesFindNothing() {
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", "File name")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", "User name")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", "Search")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Kowalczyk", null)).isEmpty();
        assertThat(Found.of(PERSON_NAME, "report_2024.pdf", "Last name")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "12345", "Last name")).isEmpty();
    }

    @Property(tries = 100)
    void eachEntryBetweenTabsAndEntersIsJudgedOnItsOwn(@ForAll("separators") String sep) {
        assertThat(Found.of(PERSON_NAME, "Kowalczyk" + sep + "x1_y" + sep + "Nowak", "Surname"))
                .containsExactly("Kowalczyk", "Nowak");
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("\t", "\n", " \t", "\t ", "\r\n");
    }

    @Test
    void theScanOfASessionUsesTheFieldLabelFromItsFieldEvents() {
        KeyScript s = new KeyScript(50);
        s.focus("Firefox", "Checkout \u2013 Example Shop");
        s.field(FieldRole.TEXT, "First name");
        s.type("Zbigniew");
        s.press("Tab");
        s.field(FieldRole.TEXT, "Coupon code");
        s.type("Kowalczyk");
        List<Finding> names = SessionScanner.scan(s.build()).findings().stream()
                .filter(f -> f.kind() == FindingKind.PERSON_NAME).toList();
        assertThat(names).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(Finding.Origin.TYPED);
            assertThat(f.preview()).isEqualTo("\u2022".repeat("Zbigniew".length()));
            assertThat(f.keyEvents()).isNotEmpty();
        });
    }
}
