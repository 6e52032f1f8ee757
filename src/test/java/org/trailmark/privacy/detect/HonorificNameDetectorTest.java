package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.PERSON_NAME;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HonorificNameDetectorTest {
    @Test
    void aSurnameAfterAnHonorificIsANameWithItsHonorific() {
        assertThat(Found.of(PERSON_NAME, "Dear Mr. Kowalczyk, thank you")).containsExactly("Mr. Kowalczyk");
        assertThat(Found.of(PERSON_NAME, "call Dr Okonkwo back")).containsExactly("Dr Okonkwo");
        assertThat(Found.of(PERSON_NAME, "Termin mit Frau M\u00fcller")).containsExactly("Frau M\u00fcller");
        assertThat(Found.of(PERSON_NAME, "Mme Dubois a appel\u00e9")).containsExactly("Mme Dubois");
        assertThat(Found.of(PERSON_NAME, "Mrs Zhang Wei")).containsExactly("Mrs Zhang Wei");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ms Teams meeting", "open Ms Word", "Dr. Web antivirus", "MR !123 merged",
        "Mr.", "Mrs smith", "Draft Report", "Profile Settings", "Frau", "Herr der Ringe"})
    void productsAndLowerCaseAreNoNames(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }
}
