package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** Issue 11 item 6 for the native format: one bad {@code t} costs one line, a reset clock costs none. */
class NativeClockTest {
    private static final int EVENTS = 200;

    @TempDir
    Path dir;

    /** Event i (line i + 2) at t = 1000 + 10 i, with {@code t} changed by {@code damage}. */
    private ReadResult read(String name, IntUnaryOperator damage) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(NativeTestSessions.HEADER);
        for (int i = 0; i < EVENTS; i++) {
            int t = damage.applyAsInt(i);
            lines.add(i % 7 == 3 ? "{\"t\":" + t + ",\"type\":\"key_down\",\"code\":\"KeyA\",\"text\":\"a\"}"
                    : "{\"t\":" + t + ",\"type\":\"pointer_move\",\"x\":" + i + ",\"y\":5}");
        }
        return Importers.read(NativeTestSessions.writeLines(dir, name, lines.toArray(String[]::new)),
                ImportOptions.defaults());
    }

    private static int normal(int i) {
        return 1000 + 10 * i;
    }

    @Test
    void aTimeThatJumpsAheadAloneCostsOnlyItsLine() throws IOException {
        // the bit flip: 30699 -> 32699, on event 50 (line 52)
        ReadResult result = read("ahead.jsonl.gz", i -> i == 50 ? normal(i) + 2000 : normal(i));

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(EVENTS - 1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(52);
            assertThat(p.reason()).contains("jumps ahead");
        });
        assertThat(log.time(log.size() - 1)).isEqualTo(normal(EVENTS - 1));
    }

    @Test
    void aTimeThatGoesBackAloneCostsOnlyItsLine() throws IOException {
        ReadResult result = read("back.jsonl", i -> i == 120 ? 3 : normal(i));

        assertThat(result.sessions().get(0).log().size()).isEqualTo(EVENTS - 1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(122);
            assertThat(p.reason()).contains("time goes backwards");
        });
    }

    @Test
    void anOutlierOnTheLastLinesIsStillJudged() throws IOException {
        ReadResult ahead = read("last-ahead.jsonl", i -> i == EVENTS - 2 ? 999_999 : normal(i));
        ReadResult back = read("last-back.jsonl", i -> i == EVENTS - 1 ? 5 : normal(i));

        assertThat(ahead.sessions().get(0).log().size()).isEqualTo(EVENTS - 1);
        assertThat(ahead.problems()).singleElement().extracting(Problem::line).isEqualTo((long) EVENTS);
        assertThat(back.sessions().get(0).log().size()).isEqualTo(EVENTS - 1);
        assertThat(back.problems()).singleElement().extracting(Problem::line).isEqualTo((long) EVENTS + 1);
    }

    @Test
    void aClockThatGoesBackAndStaysThereKeepsEveryEventAfterAPause() throws IOException {
        ReadResult result = read("reset.jsonl", i -> i < 80 ? normal(i) : 10 * (i - 80));

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(EVENTS + 2);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(82);
            assertThat(p.reason()).contains("clock was reset").contains("pause");
        });
        int lastBefore = normal(79);
        assertThat(log.kind(80)).isEqualTo(EventKind.PAUSE);
        assertThat(log.kind(81)).isEqualTo(EventKind.RESUME);
        assertThat(log.time(80)).isEqualTo(lastBefore);
        assertThat(log.time(82)).isEqualTo(lastBefore);
        assertThat(log.time(log.size() - 1)).isEqualTo(lastBefore + 10 * (EVENTS - 1 - 80));
    }

    @Test
    void aSustainedJumpAheadIsAnOrdinaryGap() throws IOException {
        ReadResult result = read("gap.jsonl", i -> i < 100 ? normal(i) : normal(i) + 5_000_000);

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions().get(0).log().size()).isEqualTo(EVENTS);
    }
}
