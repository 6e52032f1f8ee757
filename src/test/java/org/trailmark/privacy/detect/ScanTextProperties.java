package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The shortcuts {@link ScanText} takes answer exactly what the plain count or the JDK answers. */
class ScanTextProperties {

    @Property(tries = 200)
    void theKeptDigitRunAgreesWithARecountAtEveryPositionInAnyOrder(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed, @ForAll @IntRange(min = 0, max = 300) int length) {
        Random random = new Random(seed);
        char[] text = new char[length + 5];
        for (int k = 0; k < text.length; k++) {
            text[k] = random.nextInt(3) > 0 ? (char) ('0' + random.nextInt(10)) : " -.a\u0663".charAt(random.nextInt(5));
        }
        ScanText s = new ScanText(text, length, null, null, false);
        for (int q = 0; q < 4 * (length + 1); q++) {
            // Repeated and neighbouring positions: the kept answer must never leak to another position.
            int at = random.nextInt(4) == 0 && q > 0 ? Math.max(0, Math.min(length, q % (length + 1))) : random.nextInt(length + 1);
            assertThat(s.digitRun(at)).as("digits from %d", at).isEqualTo(recount(text, length, at));
        }
    }

    @Property(tries = 100)
    void theOneNumberShapeOfATextReadsAsAFreshMeasureWhateverWasAskedBefore(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed, @ForAll @IntRange(min = 1, max = 200) int length) {
        Random random = new Random(seed);
        char[] text = new char[length];
        for (int k = 0; k < length; k++) {
            text[k] = random.nextInt(2) > 0 ? (char) ('0' + random.nextInt(10)) : " -./a".charAt(random.nextInt(5));
        }
        ScanText s = new ScanText(text, length, null, null, false);
        for (int q = 0; q < 3 * length; q++) {
            int at = random.nextInt(length);
            NumberShape kept = s.numberShape(at);
            NumberShape fresh = new ScanText(text, length, null, null, false).numberShape(at);
            assertThat(new Object[] {kept.run(), kept.next(), kept.digitAfter(), kept.grouped(), kept.continues()})
                    .as("shape at %d", at)
                    .containsExactly(fresh.run(), fresh.next(), fresh.digitAfter(), fresh.grouped(), fresh.continues());
        }
    }

    private static int recount(char[] text, int length, int from) {
        int j = from;
        while (j < length && text[j] >= '0' && text[j] <= '9') {
            j++;
        }
        return j - from;
    }

    @Test
    void characterTestsAgreeWithTheJdkForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            assertThat(ScanText.isLetter(ch)).as("letter U+%04X", c).isEqualTo(Character.isLetter(ch));
            assertThat(ScanText.isUpper(ch)).as("upper U+%04X", c).isEqualTo(Character.isUpperCase(ch));
            assertThat(ScanText.toLower(ch)).as("lower U+%04X", c).isEqualTo(Character.toLowerCase(ch));
        }
    }

    @Property(tries = 200)
    void aWordSetSaysAWordMayEndWithALetterWheneverOneOfItsWordsDoes(@ForAll @IntRange(min = 0, max = 0xFFFF) int c) {
        WordSet set = new WordSet("straße", "str.", "weg", "platz", "damm", "ufer", "pfad");
        char ch = (char) c;
        boolean someWordEnds = false;
        for (String w : new String[] {"straße", "str.", "weg", "platz", "damm", "ufer", "pfad"}) {
            someWordEnds |= w.charAt(w.length() - 1) == Character.toLowerCase(ch);
        }
        if (someWordEnds) {
            assertThat(set.mayEndWith(ch)).isTrue();
        }
    }
}
