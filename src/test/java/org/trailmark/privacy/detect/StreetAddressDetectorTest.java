package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.POSTAL_ADDRESS;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreetAddressDetectorTest {
    @Test
    void aHouseNumberWithItsStreetIsAnAddressInEveryOrder() {
        assertThat(Found.of(POSTAL_ADDRESS, "send it to 221B Baker Street please")).containsExactly("221B Baker Street");
        assertThat(Found.of(POSTAL_ADDRESS, "350 5th Ave.")).containsExactly("350 5th Ave.");
        assertThat(Found.of(POSTAL_ADDRESS, "I live at 17 old mill lane")).containsExactly("17 old mill lane");
        assertThat(Found.of(POSTAL_ADDRESS, "12 rue de la Paix")).containsExactly("12 rue de la Paix");
        assertThat(Found.of(POSTAL_ADDRESS, "3, avenue des Champs-\u00c9lys\u00e9es")).containsExactly("3, avenue des Champs-\u00c9lys\u00e9es");
        assertThat(Found.of(POSTAL_ADDRESS, "wohne in der Hauptstra\u00dfe 5")).containsExactly("Hauptstra\u00dfe 5");
        assertThat(Found.of(POSTAL_ADDRESS, "Berliner Str. 12a")).containsExactly("Berliner Str. 12a");
        assertThat(Found.of(POSTAL_ADDRESS, "lindenweg 4")).isEmpty();
        assertThat(Found.of(POSTAL_ADDRESS, "hauptstrasse 4")).containsExactly("hauptstrasse 4");
    }

    @ParameterizedTest
    @ValueSource(strings = {"upload 2 Google Drive files", "3 Key Points", "404 Not Found", "Spring 2024 release",
        "version 2 Drive", "we shipped 12 Features Today", "at 14:30 Main Street", "1.5 Main Street",
        "Chapter 3 Road Map", "v2 Street Fighter", "Weg 5", "Tel. 030 1234567", "5 Avenue Q songs",
        "Step 2 Close the window", "Top 10 Drive Tips"})
    void numbersBesideWordsAreNoAddress(String text) {
        assertThat(Found.of(POSTAL_ADDRESS, text)).isEmpty();
    }

    @Property(tries = 100)
    void anyHouseNumberAndStreetSuffixInAnyCaseIsFound(@ForAll @IntRange(min = 1, max = 9999) int number,
                                                        @ForAll("suffixes") String suffix, @ForAll boolean upper) {
        String street = number + " " + (upper ? "Elm Tree " + suffix : "elm tree " + suffix.toLowerCase());
        assertThat(Found.of(POSTAL_ADDRESS, "ship to " + street + "\tthanks")).containsExactly(street);
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("Street", "Road", "Avenue", "Lane", "Drive", "Court", "Place", "Boulevard", "Way",
                "Close", "Crescent", "Terrace");
    }
}
