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
    void theNameAMessageIsAddressedToIsFound() {
        assertThat(Found.of(PERSON_NAME, "Dear Anna,\nthanks for the update")).containsExactly("Anna");
        assertThat(Found.of(PERSON_NAME, "Hallo J\u00fcrgen, kurze Frage")).containsExactly("J\u00fcrgen");
        assertThat(Found.of(PERSON_NAME, "Bonjour \u00c9lodie,")).containsExactly("\u00c9lodie");
        assertThat(Found.of(PERSON_NAME, "Hi Mark, can you check")).containsExactly("Mark");
    }

    @Test
    void typedInLowerCaseOnlyAGivenNameThatIsNoWordCounts() {
        assertThat(Found.of(PERSON_NAME, "dear anna, see you")).containsExactly("anna");
        assertThat(Found.of(PERSON_NAME, "hi will, can you check")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "hi anna can you check")).containsExactly("anna");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dear Customer,", "Dear Sir or Madam,", "Hi All, the build is green", "Hello World",
        "hello world", "Hi there", "Hey Team!", "Dear Valued Member", "Hello Kitty Island"})
    void greetingsToNobodyInParticularAreNoNames(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }

    @Property(tries = 100)
    void anyCaseOfTheGreetingStillFindsTheName(@ForAll("greetings") String greeting, @ForAll boolean comma) {
        String text = greeting + (comma ? ", " : " ") + "Sarah,\nthe numbers are in.";
        assertThat(Found.of(PERSON_NAME, text)).containsExactly("Sarah");
    }

    @Provide
    Arbitrary<String> greetings() {
        return Arbitraries.of("dear", "Dear", "DEAR", "hi", "Hi", "hello", "Hello", "hey", "Hey");
    }
}
