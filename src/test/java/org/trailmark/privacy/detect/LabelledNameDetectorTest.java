package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.PERSON_NAME;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelledNameDetectorTest {
    @Test
    void aNameAfterANameLabelIsFound() {
        assertThat(Found.of(PERSON_NAME, "Full name: Zbigniew Kowalczyk\nPhone:")).containsExactly("Zbigniew Kowalczyk");
        assertThat(Found.of(PERSON_NAME, "Nachname: Weber")).containsExactly("Weber");
        assertThat(Found.of(PERSON_NAME, "{\"name\": \"Maria Lopez\", \"id\": 4}")).containsExactly("Maria Lopez");
        assertThat(Found.of(PERSON_NAME, "Customer details - First Name : Grace")).containsExactly("Grace");
        assertThat(Found.of(PERSON_NAME, "first name: anna")).containsExactly("anna");
        assertThat(Found.of(PERSON_NAME, "LAST NAME: KOWALCZYK")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "NAME: ANNA SCHMIDT")).containsExactly("ANNA SCHMIDT");
    }

    @ParameterizedTest
    @ValueSource(strings = {"name: trailmark-app", "name: Build and test", "File name: Report", "User name: Admin",
        "Project name: Apollo", "Display name: Grace", "hostname: Grace", "name: ${{ matrix.os }}",
        "Name: Deploy Production", "first name: please enter", "name: will"})
    void labelsAboutThingsOrValuesThatAreNoNamesFindNothing(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }
}
