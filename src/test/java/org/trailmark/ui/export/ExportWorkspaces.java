package org.trailmark.ui.export;

import java.nio.file.Path;
import java.util.List;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.review.ReviewService;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * The bundled sample sessions in a fresh workspace: Ana granted training consent (both sessions,
 * one approved, one not reviewed yet), Ben withdrew his, Chloe only agreed to capture. Ana's
 * approved session holds two tasks, one succeeded and one failed.
 */
final class ExportWorkspaces {
    private ExportWorkspaces() {
    }

    static Workspace samples(Path dir) {
        Workspace workspace = Workspace.open(dir.resolve("ws.trailmark"));
        for (ParsedSession s : Importers.read(Path.of("sample-sessions"), ImportOptions.defaults()).sessions()) {
            if (s.info().sourceFormat().equals("native")) {
                workspace.sessions().add(s.info(), s.log(), null, "tester");
            }
        }
        workspace.consent().grant("subj-ana", ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
        workspace.consent().withdraw("subj-ben", ConsentPurpose.TRAINING, "ben", ConsentRecord.SUBJECT);
        ReviewService review = new ReviewService(workspace, "rita");
        SessionSummary anaFirst = workspace.sessions().all().stream().filter(s -> s.subject().equals("subj-ana"))
                .sorted(java.util.Comparator.comparing(SessionSummary::id)).findFirst().orElseThrow();
        review.setReviewStatus(anaFirst.id(), ReviewStatus.APPROVED, null);
        int half = (int) (anaFirst.durationMs() / 2);
        String label = workspace.review().labels().isEmpty() ? null : workspace.review().labels().get(0).name();
        workspace.review().replaceTasks(anaFirst.id(), List.of(), List.of(
                Task.draft(anaFirst.id(), 0, half, "Update the quarterly totals", label, TaskOutcome.SUCCESS),
                Task.draft(anaFirst.id(), half, (int) anaFirst.durationMs(), "Share the sheet", label,
                        TaskOutcome.FAILURE)), "add tasks", "tester");
        // Chloe's approval shows that review never outweighs a missing consent
        workspace.sessions().all().stream().filter(s -> s.subject().equals("subj-chloe")).findFirst()
                .ifPresent(s -> review.setReviewStatus(s.id(), ReviewStatus.APPROVED, null));
        return workspace;
    }
}
