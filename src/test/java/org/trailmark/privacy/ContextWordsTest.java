package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContextWordsTest {
    @Test
    void wordCharactersAreTheJdksLettersAndDigitsForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(ContextWords.letterOrDigit((char) c)).as("U+%04X", c).isEqualTo(Character.isLetterOrDigit((char) c));
        }
    }

    @Test
    void aContextWordCountsWholeInAnyCaseAndOnlyWhenOneOfTheListStartsThatWay() {
        assertThat(ContextWords.within("my AWS key".toCharArray(), 0, 10, ContextWords.AWS)).isTrue();
        assertThat(ContextWords.within("my LAWS key".toCharArray(), 0, 11, ContextWords.AWS)).isFalse();
        assertThat(ContextWords.within("AWS_SECRET".toCharArray(), 0, 10, ContextWords.AWS)).isTrue();
        // 'é' and 'É' are not ASCII: the first-letter filter must still let "Né" through.
        assertThat(ContextWords.within("NÉ le 3".toCharArray(), 0, 7, ContextWords.BIRTH)).isTrue();
        assertThat(ContextWords.within("ship it".toCharArray(), 0, 7, ContextWords.BIRTH)).isFalse();
    }
}
