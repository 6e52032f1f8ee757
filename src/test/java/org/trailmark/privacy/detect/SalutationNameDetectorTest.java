package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.PERSON_NAME;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SalutationNameDetectorTest {
    @Test
    void theFullNameAMessageIsAddressedToIsFound() {
        assertThat(Found.of(PERSON_NAME, "Dear Anna Schmidt,\nthanks for the update")).containsExactly("Anna Schmidt");
        assertThat(Found.of(PERSON_NAME, "Hallo J\u00fcrgen Weber, kurze Frage")).containsExactly("J\u00fcrgen Weber");
        assertThat(Found.of(PERSON_NAME, "Bonjour \u00c9lodie Dubois,")).containsExactly("\u00c9lodie Dubois");
        assertThat(Found.of(PERSON_NAME, "Hi Mark Twain, can you check")).containsExactly("Mark Twain");
    }

    @Test
    void aFirstNameAloneOrALowerCaseNameIsNotFlagged() {
        assertThat(Found.of(PERSON_NAME, "Dear Anna,\nthanks")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Hi Ben, see you")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "dear anna schmidt, see you")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Customer,", "Dear Sir or Madam,", "Hi All, the build is green", "Hello World",
        "hello world", "Hi there", "Hey Team!", "Dear Valued Customer,", "Hello Kitty Island", "Hi Sarah"})
    void greetingsToNobodyInParticularAreNoNames(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }

    @Property(tries = 100)
    void anyCaseOfTheGreetingStillFindsTheName(@ForAll("greetings") String greeting, @ForAll boolean comma) {
        String text = greeting + (comma ? ", " : " ") + "Sarah Connor,\nthe numbers are in.";
        assertThat(Found.of(PERSON_NAME, text)).containsExactly("Sarah Connor");
    }

    @Provide
    Arbitrary<String> greetings() {
        return Arbitraries.of("dear", "Dear", "DEAR", "hi", "Hi", "hello", "Hello", "hey", "Hey");
    }
}
