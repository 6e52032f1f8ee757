package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.POSTAL_ADDRESS;

import org.junit.jupiter.api.Test;

class AddressFieldDetectorTest {
    @Test
    void eachEntryOfAnAddressFieldThatReadsLikeAnAddressIsFound() {
        assertThat(Found.of(POSTAL_ADDRESS, "Flat 3b, Rose Court\tApt 12\n", "Address line 1"))
                .containsExactly("Flat 3b, Rose Court", "Apt 12");
        assertThat(Found.of(POSTAL_ADDRESS, "Am Anger 7", "Stra\u00dfe und Hausnummer")).containsExactly("Am Anger 7");
        assertThat(Found.of(POSTAL_ADDRESS, "Am Anger 7", "Anschrift")).containsExactly("Am Anger 7");
    }

    @Test
    void otherFieldsAndValuesThatAreNoAddressFindNothing() {
        assertThat(Found.of(POSTAL_ADDRESS, "Am Anger 7", "Email address")).isEmpty();
        assertThat(Found.of(POSTAL_ADDRESS, "Am Anger 7", "IP address")).isEmpty();
        assertThat(Found.of(POSTAL_ADDRESS, "Am Anger 7", "Comment")).isEmpty();
        assertThat(Found.of(POSTAL_ADDRESS, "same as billing", "Shipping address")).isEmpty();
        assertThat(Found.of(POSTAL_ADDRESS, "ana@example.org 7", "Address")).isEmpty();
    }
}
