package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProblemPlaceTest {

    @Test
    void aLineProblemReadsLikeACompilerMessage() {
        assertThat(Problem.warning(Path.of("rec", "events.jsonl"), 12, "bad time").toString())
                .isEqualTo(Path.of("rec", "events.jsonl") + ":12: warning: bad time");
    }

    @Test
    void aRowProblemNamesTheTableAndTheRowId() {
        Problem p = Problem.inRow(Path.of("recording.db"), "action_event", 42, Problem.Severity.WARNING,
                "no timestamp");
        assertThat(p.place()).isEqualTo("recording.db:action_event:42");
        assertThat(p.toString()).isEqualTo("recording.db:action_event:42: warning: no timestamp");
    }

    @Test
    void aProblemWithAWholeTableNamesOnlyTheTable() {
        Problem p = Problem.inRow(Path.of("db.sqlite"), "ui_events", 0, Problem.Severity.ERROR, "table missing");
        assertThat(p.place()).isEqualTo("db.sqlite:ui_events");
    }
}
