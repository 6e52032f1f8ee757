package org.trailmark.io.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Issue 11 item 6 on the real recordings: one damaged {@code time_stamp} costs that line, not every
 * line after it; a clock that really jumped keeps its events after a pause.
 */
class RecordingTimeStampTest {
    private static final int DUCKTRACK_EVENTS = 13_401;
    /** The line of the example, {@code "time_stamp": 150174.650594583}. */
    private static final int DUCKTRACK_LINE = 4837;

    @TempDir
    Path dir;

    private static ReadResult read(Path folder) {
        return Importers.read(folder, ImportOptions.defaults());
    }

    private static List<Problem> timeProblems(ReadResult result) {
        return result.problems().stream().filter(p -> p.reason().contains("time_stamp")).toList();
    }

    @Test
    void ducktrackKeepsEveryOtherEventWhenOneTimeStampJumpsAhead() throws IOException {
        List<String> lines = RecordingCopies.changeLine(RecordingCopies.eventLines(RecordingCopies.DUCKTRACK),
                DUCKTRACK_LINE, ts -> "1000001");

        ReadResult result = read(RecordingCopies.copy(RecordingCopies.DUCKTRACK, dir.resolve("flipped"), lines));

        assertThat(result.sessions()).singleElement().satisfies(s -> {
            assertThat(s.log().size()).isEqualTo(DUCKTRACK_EVENTS - 1);
            assertThat(s.log().durationMs()).isBetween(32_000L, 33_000L);
        });
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(DUCKTRACK_LINE);
            assertThat(p.file().getFileName()).hasToString("events.jsonl");
            assertThat(p.reason()).isEqualTo("time_stamp 1000001 jumps ahead of its neighbours: line skipped");
        });
    }

    @Test
    void ducktrackKeepsEveryOtherEventWhenOneTimeStampGoesBack() throws IOException {
        List<String> lines = RecordingCopies.changeLine(RecordingCopies.eventLines(RecordingCopies.DUCKTRACK),
                DUCKTRACK_LINE, ts -> "130174.650594583");

        ReadResult result = read(RecordingCopies.copy(RecordingCopies.DUCKTRACK, dir.resolve("back"), lines));

        assertThat(result.sessions().get(0).log().size()).isEqualTo(DUCKTRACK_EVENTS - 1);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(DUCKTRACK_LINE);
            assertThat(p.reason()).startsWith("time_stamp 130174.650594583 goes back").endsWith("line skipped");
        });
    }

    @Test
    void agentnetKeepsEveryOtherEventWhenOneTimeStampHasAFlippedDigit() throws IOException {
        List<String> original = RecordingCopies.eventLines(RecordingCopies.AGENTNET);
        int line = 20;
        String before = RecordingCopies.timeStampText(original.get(line - 1));
        assertThat(before).startsWith("3067");
        List<String> lines = RecordingCopies.changeLine(original, line, ts -> "32" + ts.substring(2));
        int expected = read(RecordingCopies.resource(RecordingCopies.AGENTNET)).sessions().get(0).log().size();

        ReadResult result = read(RecordingCopies.copy(RecordingCopies.AGENTNET, dir.resolve("episode"), lines));

        assertThat(result.sessions().get(0).log().size()).isEqualTo(expected - 1);
        assertThat(timeProblems(result)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(line);
            assertThat(p.reason()).contains("jumps ahead of its neighbours");
        });
    }

    @Test
    void aSustainedJumpAheadKeepsEveryEventAfterAPause() throws IOException {
        List<String> original = RecordingCopies.eventLines(RecordingCopies.DUCKTRACK);
        // from the line on, the clock reads 849,826.35 s later: 150174.65 becomes 1000001
        BigDecimal jump = new BigDecimal("849826.35");
        List<String> lines = new ArrayList<>(original.subList(0, DUCKTRACK_LINE - 1));
        for (String line : original.subList(DUCKTRACK_LINE - 1, original.size())) {
            lines.add(RecordingCopies.withTimeStamp(line, ts -> new BigDecimal(ts).add(jump).toPlainString()));
        }

        ReadResult result = read(RecordingCopies.copy(RecordingCopies.DUCKTRACK, dir.resolve("jump"), lines));

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(DUCKTRACK_EVENTS + 2);
        assertThat(log.countsByKind().get(EventKind.PAUSE)).isEqualTo(1);
        assertThat(log.countsByKind().get(EventKind.RESUME)).isEqualTo(1);
        int pause = indexOf(log, EventKind.PAUSE);
        assertThat(log.kind(pause + 1)).isEqualTo(EventKind.RESUME);
        assertThat(log.time(pause + 1) - log.time(pause)).isBetween(849_826_000, 849_827_000);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(DUCKTRACK_LINE);
            assertThat(p.reason()).contains("jumps ahead").contains("kept after a pause");
        });
    }

    @Test
    void aClockResetKeepsEveryEventAfterAPause() throws IOException {
        List<String> original = RecordingCopies.eventLines(RecordingCopies.DUCKTRACK);
        BigDecimal reset = new BigDecimal("-150000");
        List<String> lines = new ArrayList<>(original.subList(0, DUCKTRACK_LINE - 1));
        for (String line : original.subList(DUCKTRACK_LINE - 1, original.size())) {
            lines.add(RecordingCopies.withTimeStamp(line, ts -> new BigDecimal(ts).add(reset).toPlainString()));
        }

        ReadResult result = read(RecordingCopies.copy(RecordingCopies.DUCKTRACK, dir.resolve("reset"), lines));

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(DUCKTRACK_EVENTS + 2);
        int pause = indexOf(log, EventKind.PAUSE);
        assertThat(log.time(pause + 1)).isEqualTo(log.time(pause));
        assertThat(log.durationMs()).isBetween(32_000L, 33_000L);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(DUCKTRACK_LINE);
            assertThat(p.reason()).contains("clock was reset");
        });
    }

    private static int indexOf(SessionLog log, EventKind kind) {
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == kind) {
                return i;
            }
        }
        throw new AssertionError("no " + kind);
    }
}
