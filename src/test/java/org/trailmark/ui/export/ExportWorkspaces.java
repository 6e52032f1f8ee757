package org.trailmark.ui.export;

import java.nio.file.Path;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ReviewStatus;
import org.trailmark.review.ReviewService;
import org.trailmark.store.SessionSummary;
import org.trailmark.store.Workspace;

/**
 * The bundled sample sessions in a fresh workspace: Ana granted training consent (both sessions,
 * one approved, one not reviewed yet), Ben withdrew his, Chloe only agreed to capture.
 */
final class ExportWorkspaces {
    private ExportWorkspaces() {
    }

    static Workspace samples(Path dir) {
        Workspace workspace = Workspace.open(dir.resolve("ws.trailmark"));
        for (ParsedSession s : Importers.read(Path.of("sample-sessions"), ImportOptions.defaults()).sessions()) {
            if (s.info().sourceFormat().equals("native")) {
                workspace.addSession(s.info(), s.log(), null, "tester");
            }
        }
        workspace.grantConsent("subj-ana", ConsentPurpose.TRAINING, "policy", "1", "tester", "cli");
        workspace.withdrawConsent("subj-ben", ConsentPurpose.TRAINING, "ben", ConsentRecord.SUBJECT);
        ReviewService review = new ReviewService(workspace, "rita");
        SessionSummary anaFirst = workspace.sessions().stream().filter(s -> s.subject().equals("subj-ana"))
                .sorted(java.util.Comparator.comparing(SessionSummary::id)).findFirst().orElseThrow();
        review.setReviewStatus(anaFirst.id(), ReviewStatus.APPROVED, null);
        // Chloe's approval shows that review never outweighs a missing consent
        workspace.sessions().stream().filter(s -> s.subject().equals("subj-chloe")).findFirst()
                .ifPresent(s -> review.setReviewStatus(s.id(), ReviewStatus.APPROVED, null));
        return workspace;
    }
}
