package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.io.Problem;

class ImportSummaryNotesTest {
    @Test
    void whatARecorderLeftUnusedIsListedApartAndIsNoProblem() {
        Path folder = Path.of("/captures/episode");
        Problem note = Problem.note(folder.resolve("a11y.jsonl"), "not used by Trailmark");
        ImportReport report = new ImportReport(List.of(new SessionOutcome(folder, "agentnet-1", "agentnet", 10,
                SessionOutcome.Status.IMPORTED, List.of(note))), List.of(note));

        ImportSummary summary = ImportSummary.of(report, List.of(folder));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.CLEAN);
        assertThat(summary.problems()).isEmpty();
        assertThat(summary.notUsed()).containsExactly("episode/a11y.jsonl: not used by Trailmark");
        assertThat(summary.text()).contains("Not used by Trailmark (1):\n  episode/a11y.jsonl: not used by Trailmark");
        assertThat(report.summary()).isEqualTo("Imported 1 session (10 events); 1 thing in the recordings not used.");
    }
}
