package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.privacy.FindingKind;

class DateOfBirthDetectorTest {
    @Test
    void aDateWhoseLastPartIsTooLongForAYearIsNoDateAndDoesNotStopTheScan() {
        // Such a run once overflowed the year's parse and the whole scan threw.
        assertThat(Found.in("born 12/03/19782210516124255 or jane@example.org"))
                .containsExactly("EMAIL=jane@example.org");
        assertThat(Found.of(FindingKind.DATE_OF_BIRTH, "DOB 1985-03-1234567890123")).isEmpty();
        assertThat(Found.of(FindingKind.DATE_OF_BIRTH, "born 12/03/19851")).isEmpty();
        assertThat(Found.of(FindingKind.DATE_OF_BIRTH, "born 12/03/1985")).containsExactly("12/03/1985");
    }
}
