package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScanBenchmarkTest {
    @Test
    void reportsTheScansThreadCpuTimePerMegabyteBesideItsThroughputAndFindings() {
        String text = ScanBenchmark.benchmarkText(EvaluationCorpus.DEFAULT_SEED, 1);
        ScanBenchmark.Result r = ScanBenchmark.run(text, 3);
        assertThat(r.scanFindings()).isEqualTo(TextScanner.scan(text, null, true).size());
        assertThat(r.scanCpuMsPerMb()).isPositive().isFinite();
        assertThat(r.scanMbPerSecond()).isPositive();
    }
}
