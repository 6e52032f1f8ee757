package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LeakScannerTest {
    private static final String TITLE = "Payroll of Jane Roe";

    private static java.util.List<String> scan(String name, String content) {
        return new LeakScanner(Set.of(TITLE)).scan(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void onlyTheExactPointerMoveShapeIsSkipped() {
        assertThat(ExportLines.isPointerMove("{\"t\":12,\"type\":\"pointer_move\",\"x\":-3,\"y\":40}", 0, 44)).isTrue();
        String padded = "{\"t\":12,\"type\":\"pointer_move\",\"x\":-3,\"y\":40,\"title\":\"" + TITLE + "\"}";
        assertThat(ExportLines.isPointerMove(padded, 0, padded.length())).isFalse();
        assertThat(scan("data/events/test/e-1.jsonl", padded + "\n")).containsExactly(
                "data/events/test/e-1.jsonl: a flagged value appears as text");
    }

    @Test
    void aValueInAnyOtherEventLineOrWithoutSeparatorsIsFound() {
        String events = "{\"t\":1,\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n"
                + "{\"t\":2,\"type\":\"marker\",\"label\":\"payroll-of-jane-roe\"}\n";
        assertThat(scan("data/events/test/e-1.jsonl", events)).containsExactly(
                "data/events/test/e-1.jsonl: a flagged value appears with its separators removed");
    }

    @Test
    void aValueSpelledAcrossPointerMovesIsFound() {
        StringBuilder events = new StringBuilder();
        int t = 0;
        for (char c : "PayrollX".toCharArray()) {
            events.append("{\"t\":").append(t++).append(",\"type\":\"key_down\",\"code\":\"KeyA\",\"text\":\"")
                    .append(c).append("\"}\n");
            events.append("{\"t\":").append(t++).append(",\"type\":\"pointer_move\",\"x\":5,\"y\":5}\n");
        }
        assertThat(new LeakScanner(Set.of("Payroll")).scan("data/events/test/e-1.jsonl",
                events.toString().getBytes(StandardCharsets.UTF_8)))
                .containsExactly("data/events/test/e-1.jsonl: a flagged value is spelled by consecutive key actions");
    }
}
