package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.POSTAL_ADDRESS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledAddressDetectorTest {
    @Test
    void theLineAfterAnAddressLabelIsTheAddress() {
        assertThat(Found.of(POSTAL_ADDRESS, "Address: 4 Privet Drive, Little Whinging\nPhone:"))
                .containsExactly("4 Privet Drive, Little Whinging");
        assertThat(Found.of(POSTAL_ADDRESS, "Lieferadresse: Am Anger 7, 99084 Erfurt."))
                .containsExactly("Am Anger 7, 99084 Erfurt");
        assertThat(Found.of(POSTAL_ADDRESS, "shipping address:\tFlat 3b Rose Court"))
                .containsExactly("Flat 3b Rose Court");
    }

    @ParameterizedTest
    @ValueSource(strings = {"IP address: 10.0.0.1", "Email address: ana@example.org", "Address: TBD",
        "MAC address: 00:1A:2B:3C:4D:5E", "Server address: https://example.org:8443", "address: 0x7ffee3b8",
        "Return address: see below", "Wallet address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT"})
    void addressesOfThingsOrValuesWithoutAStreetAreNotFound(String text) {
        assertThat(Found.of(POSTAL_ADDRESS, text)).isEmpty();
    }
}
