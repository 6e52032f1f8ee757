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

class GivenNameDetectorTest {
    @Test
    void aListedGivenNameWithASurnameIsANameAnywhere() {
        assertThat(Found.of(PERSON_NAME, "Meeting with Sarah Connor tomorrow")).containsExactly("Sarah Connor");
        assertThat(Found.of(PERSON_NAME, "Anna Schmidt \u2013 Chat")).containsExactly("Anna Schmidt");
        assertThat(Found.of(PERSON_NAME, "Guido van Rossum wrote it")).containsExactly("Guido van Rossum");
        assertThat(Found.of(PERSON_NAME, "signed by Thomas A. Edison")).containsExactly("Thomas A. Edison");
        assertThat(Found.of(PERSON_NAME, "cc Linus O'Neill-Smith")).containsExactly("Linus O'Neill-Smith");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Visual Studio Code", "Julia Computing", "Victoria Station", "Georgia Tech",
        "Android Studio", "Docker Desktop", "Alexa Skills Kit", "Kali Linux",
        "C:\\Users\\Anna Smith\\Desktop", "/home/anna/Documents", "new Anna_Smith()", "Anna.Smith", "class AnnaSmith",
        "Elizabeth Line delays", "Anna smith", "anna smith", "ANNA SMITH", "Mark Twain Street", "Will Smith", "The Report Is Ready"})
    void productsPlacesCodeAndLowerCaseAreNoNames(String text) {
        assertThat(Found.of(PERSON_NAME, text)).isEmpty();
    }

    @Test
    void aNameSplitByTabOrEnterIsNoLongerOneName() {
        assertThat(Found.of(PERSON_NAME, "Anna\tSchmidt")).isEmpty();
        assertThat(Found.of(PERSON_NAME, "Anna\nSchmidt")).isEmpty();
    }

    @Property(tries = 200)
    void everyClearGivenNameWithACapitalisedSurnameIsFound(@ForAll("clearNames") String given,
                                                            @ForAll("surnames") String surname) {
        String text = "notes: talked to " + given + " " + surname + " about it";
        assertThat(Found.of(PERSON_NAME, text)).containsExactly(given + " " + surname);
    }

    @Property(tries = 100)
    void aGivenNameGluedIntoCodeIsNotFound(@ForAll("clearNames") String given, @ForAll("surnames") String surname) {
        assertThat(Found.of(PERSON_NAME, "user." + given + " " + surname + "()")).isEmpty();
        assertThat(Found.of(PERSON_NAME, given + "_" + surname)).isEmpty();
    }

    @Provide
    Arbitrary<String> clearNames() {
        return Arbitraries.of("Anna", "Sarah", "Thomas", "Michael", "David", "Emma", "Sofia", "Hans", "Pierre", "Luca",
                "Ahmed", "Olga", "Chloe", "Linus", "Guido");
    }

    @Provide
    Arbitrary<String> surnames() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(3).ofMaxLength(10)
                .map(s -> Character.toUpperCase(s.charAt(0)) + s.substring(1))
                .filter(s -> !NameWords.notAName(s.toLowerCase(java.util.Locale.ROOT)));
    }
}
