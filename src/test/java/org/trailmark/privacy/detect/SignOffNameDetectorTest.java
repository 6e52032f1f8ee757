package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.PERSON_NAME;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignOffNameDetectorTest {
    @Test
    void theNameUnderASignOffIsFound() {
        assertThat(Found.of(PERSON_NAME, "see attached.\nBest regards,\nJ\u00fcrgen Weber"))
                .containsExactly("J\u00fcrgen Weber");
        assertThat(Found.of(PERSON_NAME, "Mit freundlichen Gr\u00fc\u00dfen\nHans M\u00fcller"))
                .containsExactly("Hans M\u00fcller");
        assertThat(Found.of(PERSON_NAME, "Thanks, Maria Lopez")).containsExactly("Maria Lopez");
        assertThat(Found.of(PERSON_NAME, "Cordialement,\n  Kowalczyk Zbigniew\n")).containsExactly("Kowalczyk Zbigniew");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cheers,\nThe Team", "Thanks, will do", "thanks, see you tomorrow", "Best, \nJ",
        "Regards,\nSupport Desk Team Lead", "Thanks,\nSent from my phone", "best,value = 3",
        "Thanks,\nAna", "cheers,\nanna schmidt", "Regards, Maria"})
    void signOffsWithoutAFullNameFlagNothing(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }
}
