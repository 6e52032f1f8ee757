package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;

/** The audit log says who did what to which session, never what was typed, shown or written. */
class ReviewAuditPrivacyTest {
    private static final String INSTRUCTION = "Log in with the password " + ReviewFixtures.TYPED_SECRET;
    private static final String REASON = "the password " + ReviewFixtures.TYPED_SECRET + " is visible";

    @TempDir
    Path dir;

    @Test
    void noAuditRowHoldsTypedTextTitlesInstructionsOrReasons() throws Exception {
        try (Workspace workspace = ReviewFixtures.workspaceWith(dir.resolve("ws.trailmark"), "s-1", "s-2")) {
            ReviewService service = new ReviewService(workspace, "ann");
            service.recordView("s-1");
            Task task = service.addTask(Task.draft("s-1", 500, 4_000, INSTRUCTION, "Navigate", null));
            service.editTask(task.withNotes(ReviewFixtures.TYPED_TEXT));
            service.splitTask(task.id(), 2_000);
            service.mergeWithNext(task.id());
            Flag flag = service.addFlag(Flag.manual("s-1", 1_000, 2_500, FlagCategory.PASSWORD, REASON));
            service.revealFlag(flag.id());
            service.setFlagStatus(flag.id(), FlagStatus.REJECTED);
            service.undo();
            service.redo();
            service.setReviewStatus("s-1", ReviewStatus.REJECTED, REASON);
            Path exported = dir.resolve("labels.json");
            LabelsExchange exchange = new LabelsExchange(service);
            exchange.write("s-1", exported);
            service.deleteTask(task.id());
            exchange.read(exported);

            List<AuditEntry> audit = workspace.audit().entries(null);
            assertThat(audit).extracting(AuditEntry::action)
                    .contains("import", "view", "edit", "reveal", "status", "export");
            for (AuditEntry entry : audit) {
                String row = entry.actor() + "|" + entry.action() + "|" + entry.sessionId() + "|" + entry.detail();
                assertThat(row).as("audit row %d", entry.id())
                        .doesNotContain(ReviewFixtures.TYPED_SECRET)
                        .doesNotContain(ReviewFixtures.TYPED_TEXT)
                        .doesNotContain(ReviewFixtures.WINDOW_TITLE)
                        .doesNotContain("Log in with")
                        .doesNotContain("is visible");
            }
        }
    }
}
