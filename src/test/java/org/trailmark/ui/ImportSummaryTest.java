package org.trailmark.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.ingest.ImportReport;
import org.trailmark.ingest.SessionOutcome;
import org.trailmark.ingest.SessionOutcome.Status;
import org.trailmark.io.Problem;

class ImportSummaryTest {
    private static final Path DOWNLOADS = Path.of("/home/ana/Downloads").toAbsolutePath();

    private static SessionOutcome outcome(String id, long events, Status status) {
        return new SessionOutcome(DOWNLOADS.resolve(id + ".jsonl"), id, "native", events, status, List.of());
    }

    @Test
    void aCleanImportSaysHowManySessionsAndEvents() {
        ImportReport report = new ImportReport(List.of(outcome("s1", 1_200, Status.IMPORTED),
                outcome("s2", 30, Status.IMPORTED)), List.of());
        ImportSummary summary = ImportSummary.of(report, List.of(DOWNLOADS.resolve("s1.jsonl")));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.CLEAN);
        assertThat(summary.title()).isEqualTo("Import finished");
        assertThat(summary.headline()).isEqualTo("Imported 2 sessions (1,230 events).");
        assertThat(summary.imported()).containsExactly("s1 (native, 1,200 events)", "s2 (native, 30 events)");
        assertThat(summary.problems()).isEmpty();
    }

    @Test
    void sessionsAlreadyPresentAreNamedSeparately() {
        ImportReport report = new ImportReport(List.of(outcome("s1", 10, Status.ALREADY_PRESENT)), List.of());
        ImportSummary summary = ImportSummary.of(report, List.of(DOWNLOADS));

        assertThat(summary.headline()).contains("1 already in the workspace");
        assertThat(summary.alreadyPresent()).containsExactly("s1 (native, 10 events)");
        assertThat(summary.text()).contains("Already in the workspace (1):\n  s1 (native, 10 events)");
    }

    @Test
    void problemsReadAsFileLineReasonRelativeToWhatWasImported() {
        Path folder = DOWNLOADS.resolve("recordings");
        ImportReport report = new ImportReport(List.of(outcome("s1", 10, Status.IMPORTED)), List.of(
                Problem.warning(folder.resolve("run-1/events.jsonl"), 17, "key_down without a code; event skipped"),
                Problem.error(folder.resolve("run-2/events.jsonl"), 0, "empty file"),
                Problem.warning(null, 0, "import cancelled; 1 input(s) not read")));
        ImportSummary summary = ImportSummary.of(report, List.of(folder));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.WITH_WARNINGS);
        assertThat(summary.problems()).extracting(ImportSummary.ProblemLine::text).containsExactly(
                Path.of("recordings", "run-1", "events.jsonl") + ":17: key_down without a code; event skipped",
                Path.of("recordings", "run-2", "events.jsonl") + ": empty file",
                "import cancelled; 1 input(s) not read");
        assertThat(summary.problems()).extracting(ImportSummary.ProblemLine::error).containsExactly(false, true, false);
    }

    @Test
    void nothingImportedIsTheWorstOutcome() {
        Path bad = DOWNLOADS.resolve("bad.jsonl");
        ImportReport report = new ImportReport(List.of(), List.of(Problem.error(bad, 1, "not JSON")));
        ImportSummary summary = ImportSummary.of(report, List.of(bad));

        assertThat(summary.outcome()).isEqualTo(ImportSummary.Outcome.NOTHING_IMPORTED);
        assertThat(summary.title()).isEqualTo("Nothing imported");
        assertThat(summary.problemsText()).isEqualTo("bad.jsonl:1: not JSON");
    }

    @Test
    void aFolderWithoutCapturesIsExplainedRatherThanReportedAsZero() {
        ImportSummary summary = ImportSummary.of(new ImportReport(List.of(), List.of()), List.of(DOWNLOADS));
        assertThat(summary.title()).isEqualTo("No capture files found");
        assertThat(summary.headline()).contains(".jsonl", "DuckTrack");
    }
}
