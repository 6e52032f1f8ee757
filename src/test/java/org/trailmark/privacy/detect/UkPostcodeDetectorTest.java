package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.privacy.FindingKind.POSTAL_ADDRESS;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UkPostcodeDetectorTest {
    @Test
    void everyOutwardShapeIsFound() {
        for (String code : new String[] {"M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "SW1A 1AA"}) {
            assertThat(Found.of(POSTAL_ADDRESS, "London " + code + "\n")).containsExactly(code);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"A4 paper", "QA1 1AA", "M1 1AC", "B33 8TI", "SW1A1AA", "E2I 4AB", "my-M1 1AE", "M1 1AE5",
        "sw1a 1aa", "V8 3AB"})
    void shapesTheFormatForbidsAreNotFound(String text) {
        assertThat(Found.of(POSTAL_ADDRESS, text)).isEmpty();
    }

    @Property(tries = 200)
    void generatedValidPostcodesAreFoundAndABadInwardLetterIsNot(@ForAll("postcodes") String code,
                                                                  @ForAll("badInward") char bad) {
        assertThat(Found.of(POSTAL_ADDRESS, "Flat 2, " + code + ", UK")).containsExactly(code);
        String broken = code.substring(0, code.length() - 1) + bad;
        assertThat(Found.of(POSTAL_ADDRESS, "Flat 2, " + broken + ", UK")).isEmpty();
    }

    @Provide
    Arbitrary<String> postcodes() {
        Arbitrary<Character> first = Arbitraries.of('A', 'B', 'E', 'G', 'L', 'M', 'N', 'S', 'W');
        Arbitrary<Character> second = Arbitraries.of('A', 'B', 'E', 'H', 'L', 'N', 'R', 'T', 'W');
        Arbitrary<Integer> district = Arbitraries.integers().between(1, 99);
        Arbitrary<Character> inward = Arbitraries.of('A', 'B', 'D', 'E', 'F', 'G', 'H', 'J', 'L', 'N', 'P', 'Q', 'R',
                'S', 'T', 'U', 'W', 'X', 'Y', 'Z');
        Arbitrary<Integer> sector = Arbitraries.integers().between(0, 9);
        return Combinators.combine(first, second, Arbitraries.of(true, false), district, sector, inward, inward)
                .as((a, b, two, d, s, x, y) -> (two ? "" + a + b : "" + a) + d + " " + s + x + y);
    }

    @Provide
    Arbitrary<Character> badInward() {
        return Arbitraries.of('C', 'I', 'K', 'M', 'O', 'V');
    }
}
