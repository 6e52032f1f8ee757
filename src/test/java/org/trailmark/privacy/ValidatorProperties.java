package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

class ValidatorProperties {
    private static int checkDigit(String payload) {
        for (int d = 0; d <= 9; d++) {
            if (Validators.luhn(payload + d)) {
                return d;
            }
        }
        throw new AssertionError("no Luhn check digit");
    }

    @Property(tries = 300)
    void everyPayloadHasExactlyOneLuhnCheckDigit(@ForAll @NumericChars @StringLength(min = 11, max = 18) String payload) {
        int valid = 0;
        for (int d = 0; d <= 9; d++) {
            valid += Validators.luhn(payload + d) ? 1 : 0;
        }
        assertThat(valid).isEqualTo(1);
    }

    @Property(tries = 300)
    void luhnCatchesEverySingleDigitError(@ForAll @NumericChars @StringLength(min = 12, max = 18) String payload,
                                          @ForAll @IntRange(min = 0, max = 17) int position,
                                          @ForAll @IntRange(min = 1, max = 9) int delta) {
        String number = payload + checkDigit(payload);
        int at = position % number.length();
        char changed = (char) ('0' + (number.charAt(at) - '0' + delta) % 10);
        String wrong = number.substring(0, at) + changed + number.substring(at + 1);
        assertThat(Validators.luhn(wrong)).isFalse();
    }

    @Property(tries = 300)
    void luhnCatchesAdjacentSwapsOtherThanNineAndZero(@ForAll @NumericChars @StringLength(min = 12, max = 18) String payload,
                                                      @ForAll @IntRange(min = 0, max = 16) int position) {
        String number = payload + checkDigit(payload);
        int at = position % (number.length() - 1);
        char a = number.charAt(at);
        char b = number.charAt(at + 1);
        if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0')) {
            return;
        }
        String swapped = number.substring(0, at) + b + a + number.substring(at + 2);
        assertThat(Validators.luhn(swapped)).isFalse();
    }

    @Provide
    Arbitrary<String> germanBban() {
        return Arbitraries.strings().numeric().ofLength(18);
    }

    @Property(tries = 300)
    void computedCheckDigitsMakeAValidIbanAndAnyOtherCheckDigitsDoNot(@ForAll("germanBban") String bban,
                                                                     @ForAll @IntRange(min = 2, max = 98) int other) {
        int check = 98 - Validators.ibanRemainder("DE00" + bban);
        String iban = "DE" + String.format("%02d", check) + bban;
        assertThat(Validators.iban(iban)).isTrue();
        assertThat(Validators.ibanRemainder(iban)).isEqualTo(1);
        if (other != check) {
            assertThat(Validators.iban("DE" + String.format("%02d", other) + bban)).isFalse();
        }
    }

    @Property(tries = 300)
    void mod97DetectsEverySingleCharacterChangeInAnIban(@ForAll("germanBban") String bban,
                                                        @ForAll @IntRange(min = 4, max = 21) int position,
                                                        @ForAll @IntRange(min = 1, max = 9) int delta) {
        int check = 98 - Validators.ibanRemainder("DE00" + bban);
        String iban = "DE" + String.format("%02d", check) + bban;
        char changed = (char) ('0' + (iban.charAt(position) - '0' + delta) % 10);
        String wrong = iban.substring(0, position) + changed + iban.substring(position + 1);
        assertThat(Validators.iban(wrong)).isFalse();
    }

    @Property(tries = 100)
    void anIbanOfTheWrongLengthForItsCountryFails(@ForAll @NumericChars @StringLength(min = 12, max = 25) String bban) {
        int check = 98 - Validators.ibanRemainder("DE00" + bban);
        String iban = "DE" + String.format("%02d", check) + bban;
        assertThat(Validators.iban(iban)).isEqualTo(bban.length() == 18);
    }

    @Property(tries = 200)
    void entropyIsZeroForOneSymbolAndAtMostLogOfTheAlphabet(@ForAll @StringLength(min = 1, max = 80) String s) {
        double h = Validators.entropy(s, 0, s.length());
        assertThat(h).isBetween(0.0, Math.log(Math.min(s.length(), 129)) / Math.log(2) + 1e-9);
        String same = "a".repeat(s.length());
        assertThat(Validators.entropy(same, 0, same.length())).isZero();
    }

    @Property(tries = 300)
    void entropyFromTheTableOfTermsHasTheSameBitsAsComputingEveryTerm(
            @ForAll @StringLength(min = 1, max = 300) String s) {
        // Thresholds judge the entropy exactly (>= 3.0, >= 4.3…): the table must not move it by one bit.
        int[] counts = new int[129];
        for (char c : s.toCharArray()) {
            counts[c < 128 ? c : 128]++;
        }
        double n = s.length();
        double bits = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / n;
                bits -= p * Math.log(p);
            }
        }
        double expected = bits / Math.log(2);
        char[] chars = s.toCharArray();
        assertThat(Double.doubleToRawLongBits(Validators.entropy(chars, 0, chars.length)))
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
