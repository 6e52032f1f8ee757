package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Issue 11 item 6 for the native format: one corrupted {@code t} anywhere loses at most that event. */
class NativeOneBadTimeProperties {

    record Capture(List<Integer> times, int damaged, int corrupted) {
    }

    @Provide
    Arbitrary<Capture> captures() {
        Arbitrary<List<Integer>> steps = Arbitraries.integers().between(0, 40).list().ofMinSize(2).ofMaxSize(300);
        return Combinators.combine(steps, Arbitraries.integers().between(0, 1 << 20),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((s, index, value) -> {
                    List<Integer> times = new ArrayList<>();
                    int t = 0;
                    for (int step : s) {
                        t += step;
                        times.add(t);
                    }
                    return new Capture(times, index % times.size(), value);
                });
    }

    @Property(tries = 300)
    void oneCorruptedTimeLosesAtMostThatEvent(@ForAll("captures") Capture capture) throws IOException {
        Path dir = Files.createTempDirectory("native-one-bad-time");
        try {
            int n = capture.times().size();
            List<String> lines = new ArrayList<>();
            lines.add(NativeTestSessions.HEADER);
            for (int i = 0; i < n; i++) {
                int t = i == capture.damaged() ? capture.corrupted() : capture.times().get(i);
                lines.add("{\"t\":" + t + ",\"type\":\"pointer_move\",\"x\":" + i + ",\"y\":0}");
            }
            Path file = NativeTestSessions.writeLines(dir, "capture.jsonl", lines.toArray(String[]::new));

            ReadResult result = Importers.read(file, ImportOptions.defaults());

            assertThat(result.sessions().get(0).log().size()).isGreaterThanOrEqualTo(n - 1);
            assertThat(result.problems()).hasSizeLessThanOrEqualTo(1);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }
}
