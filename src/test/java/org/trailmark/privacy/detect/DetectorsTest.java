package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.trailmark.privacy.FindingKind;

class DetectorsTest {
    @Test
    void everyKindHasADetector() {
        Set<FindingKind> detected = Detectors.all().stream().map(Detector::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(FindingKind.class)));
        assertThat(detected).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(FindingKind.class));
    }

    @Test
    void everyDetectorTriggersSomewhere() {
        for (Detector d : Detectors.all()) {
            Trigger t = d.trigger();
            assertThat(!t.wordStarts().isEmpty() || !t.marks().isEmpty() || t.tokenEnd() || t.wholeText())
                    .as(d.getClass().getSimpleName()).isTrue();
        }
    }

    @Test
    void newKindsComeAfterEveryEarlierKindSoTheyNeverDisplaceOne() {
        assertThat(FindingKind.PERSON_NAME.ordinal()).isGreaterThan(FindingKind.HIGH_ENTROPY.ordinal());
        assertThat(FindingKind.POSTAL_ADDRESS.ordinal()).isGreaterThan(FindingKind.HIGH_ENTROPY.ordinal());
        assertThat(FindingKind.ofWireName("person_name")).contains(FindingKind.PERSON_NAME);
        assertThat(FindingKind.ofWireName("postal_address")).contains(FindingKind.POSTAL_ADDRESS);
    }

    @Test
    void aNameInsideAnEmailAddressStaysAnEmail() {
        assertThat(Found.in("Anna Schmidt <anna.schmidt@example.org>"))
                .containsExactly("PERSON_NAME=Anna Schmidt", "EMAIL=anna.schmidt@example.org");
        assertThat(Found.in("Full name: anna.schmidt@example.org")).containsExactly("EMAIL=anna.schmidt@example.org");
    }
}
