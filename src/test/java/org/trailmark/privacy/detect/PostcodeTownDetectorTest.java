package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.POSTAL_ADDRESS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTownDetectorTest {
    @Test
    void aUsTownStateAndZipStandsOnItsOwn() {
        assertThat(Found.of(POSTAL_ADDRESS, "Springfield, IL 62704")).containsExactly("Springfield, IL 62704");
        assertThat(Found.of(POSTAL_ADDRESS, "moved to Salt Lake City, UT 84101-1234 last year"))
                .containsExactly("Salt Lake City, UT 84101-1234");
    }

    @Test
    void aEuropeanPostcodeAndTownCountsAfterAStreetOrAnAddressWord() {
        assertThat(Found.of(POSTAL_ADDRESS, "Hauptstra\u00dfe 5\n10115 Berlin"))
                .containsExactly("Hauptstra\u00dfe 5", "10115 Berlin");
        assertThat(Found.of(POSTAL_ADDRESS, "12 rue de la Paix, 75002 Paris"))
                .containsExactly("12 rue de la Paix", "75002 Paris");
        assertThat(Found.of(POSTAL_ADDRESS, "meine Anschrift ist jetzt 60311 Frankfurt am Main"))
                .containsExactly("60311 Frankfurt am Main");
    }

    @ParameterizedTest
    @ValueSource(strings = {"we have 12000 Downloads", "10115 Berlin", "Order 75002 Paris shipped", "error 40400 Not",
        "Springfield, XX 62704", "Springfield IL 62704", "port 62704", "build 2.10115 Berlin", "ZIP 1234"})
    void fiveDigitsBeforeAWordAreNoAddressAlone(String text) {
        assertThat(Found.of(POSTAL_ADDRESS, text)).isEmpty();
    }
}
