package org.trailmark.privacy.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The number gates are exact: at every number, asking only the detectors whose gate passes finds
 * the same hits as asking every detector registered for its first digit.
 */
class NumberGateProperties {
    private static final String[] PIECES = {" ", " ", " ", "-", ".", "/", ",", ":", "\n", "\t", "+", "(", ")", "a",
        "A", "é", "\u0663", "\u00a0", "_", " born ", "DOB: ", "Date of birth ", " May ", " Mai ", "Main St", " Street",
        " Rd, ", "Hauptstraße ", " rue de la Paix", " Avenue", " Berlin", " Paris\n", "SSN ", "tel ", "card ",
        "IP ", "Springfield, IL ", "apt ", "b "};

    @Property(tries = 300)
    void askingOnlyTheGatedDetectorsFindsWhatAskingAllFinds(
            @ForAll @LongRange(min = 1, max = 1_000_000_000L) long seed, @ForAll @IntRange(min = 1, max = 40) int pieces) {
        char[] text = numberShaped(new Random(seed), pieces);
        int n = text.length;
        ScanText gated = new ScanText(text, n, null, null, false);
        ScanText all = new ScanText(text, n, null, null, false);
        for (int at = 0; at < n; at++) {
            if (!ScanText.isDigit(text[at])) {
                continue;
            }
            // Every digit, not only word starts: the gate must hold wherever a detector could be asked.
            Detector[] asked = SinglePass.askedAtNumber(gated, at);
            for (Detector d : asked) {
                if (d.triggers(gated, at)) {
                    d.find(gated, at);
                }
            }
            for (Detector d : registeredFor(text[at])) {
                boolean takes = d.triggers(all, at);
                assertThat(takes && !Arrays.asList(asked).contains(d))
                        .as("%s held back at %d in \"%s\"", d.getClass().getSimpleName(), at, new String(text))
                        .isFalse();
                if (takes) {
                    d.find(all, at);
                }
            }
        }
        assertThat(gated.hits()).as(new String(text)).isEqualTo(all.hits());
    }

    @Test
    void aYearInProseAsksOnlyTheStreetDetector() {
        assertThat(askedAt("shipped in 2024 as planned", 11)).containsExactly(StreetAddressDetector.class);
        assertThat(askedAt("the total was 20240.", 14)).isEmpty();
    }

    @Test
    void eachShapeAsksTheDetectorsThatTakeIt() {
        assertThat(askedAt("born 12 May 1990", 5)).containsExactly(DateOfBirthDetector.class, StreetAddressDetector.class);
        assertThat(askedAt("10.0.0.1", 0)).containsExactly(PaymentCardDetector.class, PhoneDetector.class,
                Ipv4Detector.class, DateOfBirthDetector.class, StreetAddressDetector.class);
        assertThat(askedAt("10115 Berlin", 0)).containsExactly(StreetAddressDetector.class, PostcodeTownDetector.class);
        assertThat(askedAt("123-45-6789", 0)).containsExactly(PaymentCardDetector.class, PhoneDetector.class,
                NationalIdDetector.class, DateOfBirthDetector.class, StreetAddressDetector.class);
        assertThat(askedAt("4111111111111111", 0)).containsExactly(PaymentCardDetector.class, PhoneDetector.class);
    }

    @Test
    void aDetectorThatDeclaresNoGateIsAskedAtEveryNumber() {
        NumberGate any = Trigger.wordStart(Trigger.DIGITS).numbers();
        for (int run = 1; run <= NumberGate.LONG_RUN; run++) {
            for (int next = 0; next <= NumberGate.OUTSIDE_ASCII; next++) {
                assertThat(any.passes(run, next, false) && any.passes(run, next, true)).isTrue();
            }
        }
    }

    @Test
    void aGateOnLongRunsTakesEveryRunFromItsStart() {
        NumberGate longRuns = NumberGate.runsFrom(12);
        assertThat(longRuns.passes(11, ' ', false)).isFalse();
        assertThat(longRuns.passes(12, ' ', false)).isTrue();
        assertThat(longRuns.passes(NumberGate.LONG_RUN, 'x', false)).isTrue();
        assertThat(NumberGate.run(9).passes(NumberGate.LONG_RUN, ' ', false)).isFalse();
    }

    private static List<Class<?>> askedAt(String text, int at) {
        ScanText s = new ScanText(text.toCharArray(), text.length(), null, null, false);
        return Arrays.stream(SinglePass.askedAtNumber(s, at)).<Class<?>>map(Object::getClass).toList();
    }

    private static List<Detector> registeredFor(char digit) {
        List<Detector> registered = new ArrayList<>();
        for (Detector d : Detectors.all()) {
            if (d.trigger().wordStarts().indexOf(digit) >= 0) {
                registered.add(d);
            }
        }
        return registered;
    }

    /** Digit runs of every length that matters (1 to 20) joined by separators, letters and context words. */
    private static char[] numberShaped(Random random, int pieces) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            if (random.nextInt(3) > 0) {
                int run = random.nextInt(4) == 0 ? 1 + random.nextInt(20) : 1 + random.nextInt(5);
                for (int k = 0; k < run; k++) {
                    sb.append((char) ('0' + random.nextInt(10)));
                }
            } else {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(3) == 0) {
                sb.append(" -./ ,\n".charAt(random.nextInt(7)));
            }
        }
        return sb.toString().toCharArray();
    }
}
