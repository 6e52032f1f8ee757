package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Pins what the scan finds, hit by hit (kind, start, end, confidence), on varied generated text and on
 * the benchmark text, so that work on the scan's speed cannot change a finding unnoticed. The digests
 * were recorded from the scanner as it was before that work (main at df3a57f, with the date-of-birth
 * overflow fixed). A change meant to alter detection changes them too: check the per-kind counts this
 * test prints, then record the new digests with the change that explains them.
 */
class PinnedFindingsTest {
    private static final String VARIED_DIGEST = "08dd31f45efd615213834d268cc09ab95236b88a9fcd2d7887a4f050edc3d853";
    private static final String BENCH_DIGEST = "f6a057b144863a15d4ad7383b9458a09b8bb8ac68f5e5052747ff284b7023d48";

    @Test
    void variedTextsUnderEveryContextGiveThePinnedFindings() throws Exception {
        Pin pin = new Pin();
        for (long seed = 1; seed <= 2; seed++) {
            for (PinnedScanTexts.Case c : PinnedScanTexts.cases(seed, 1500, 1500)) {
                char[] t = c.text().toCharArray();
                pin.add(TextScanner.scan(t, t.length, c.title(), c.fieldLabel(), c.inferPasswords()));
            }
        }
        pin.check(VARIED_DIGEST);
    }

    @Test
    void theBenchmarkTextGivesThePinnedFindingsWithAndWithoutPasswordInference() throws Exception {
        char[] t = ScanBenchmark.benchmarkText(EvaluationCorpus.DEFAULT_SEED, 2).toCharArray();
        Pin pin = new Pin();
        pin.add(TextScanner.scan(t, t.length, null, true));
        pin.add(TextScanner.scan(t, t.length, "Sign in", false));
        pin.check(BENCH_DIGEST);
    }

    /** A running digest of hits, and counts per kind to say which kind moved when it differs. */
    private static final class Pin {
        private final MessageDigest sha;
        private final Map<FindingKind, Integer> perKind = new EnumMap<>(FindingKind.class);
        private int texts;

        Pin() throws Exception {
            sha = MessageDigest.getInstance("SHA-256");
        }

        void add(List<TextMatch> hits) {
            StringBuilder sb = new StringBuilder().append('#').append(texts++).append('\n');
            for (TextMatch m : hits) {
                sb.append(m.kind()).append(' ').append(m.start()).append(' ').append(m.end()).append(' ')
                        .append(m.confidence()).append('\n');
                perKind.merge(m.kind(), 1, Integer::sum);
            }
            sha.update(sb.toString().getBytes(StandardCharsets.UTF_8));
        }

        void check(String expected) {
            String digest = HexFormat.of().formatHex(sha.digest());
            assertThat(digest).as("findings per kind now: %s", perKind).isEqualTo(expected);
        }
    }
}
