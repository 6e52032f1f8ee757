package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.Flag;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.store.Assignment;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.StaleEditException;
import org.trailmark.store.Workspace;

/**
 * Two reviewers on one workspace file, each with their own handle (connection): a refused edit says who
 * changed what and when, from the audit log, never with content; an edit renews the editor's claim.
 */
class EditConflictTest {
    @TempDir
    Path dir;

    private static String clock(Instant at) {
        return DateTimeFormatter.ofPattern("HH:mm").format(at.atZone(ZoneId.systemDefault()));
    }

    @Test
    void undoingOverSomeoneElsesSplitSaysWhoSplitWhenAndSavesNothing() {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace mine = ReviewFixtures.workspaceWith(file, "s-1");
             Workspace hers = Workspace.open(file)) {
            ReviewService ben = new ReviewService(mine, "ben");
            ReviewService ana = new ReviewService(hers, "ana");
            Task added = ben.addTask(Task.draft("s-1", 0, 10_000, ReviewFixtures.TYPED_TEXT, null, null));
            ana.splitTask(added.id(), 4_000);
            AuditEntry split = hers.audit().lastReviewChange("s-1").orElseThrow();

            assertThatThrownBy(ben::undo)
                    .isInstanceOf(EditConflict.class)
                    .isInstanceOf(StaleEditException.class)
                    .hasMessage("ana changed the tasks of session s-1 at " + clock(split.at())
                            + " (split task); your edit was not saved")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(ReviewFixtures.TYPED_TEXT));
            assertThat(mine.review().tasks("s-1")).hasSize(2);
        }
    }

    @Test
    void aFlagOrStatusChangeIsNamedAsSuch() {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace mine = ReviewFixtures.workspaceWith(file, "s-1");
             Workspace hers = Workspace.open(file)) {
            ReviewService ben = new ReviewService(mine, "ben");
            ReviewService ana = new ReviewService(hers, "ana");
            Flag flag = ben.addFlag(Flag.manual("s-1", 0, 1_000, FlagCategory.PERSONAL_DATA, "a reason"));
            ana.deleteFlag(flag.id());

            assertThatThrownBy(ben::undo).hasMessageStartingWith("ana changed the flags of session s-1 at")
                    .hasMessageEndingWith("(delete flag); your edit was not saved");

            ben.setReviewStatus("s-1", ReviewStatus.IN_REVIEW, null);
            ana.setReviewStatus("s-1", ReviewStatus.APPROVED, null);
            assertThatThrownBy(ben::undo).hasMessageStartingWith("ana changed the review status of session s-1 at")
                    .hasMessageEndingWith("(in_review -> approved); your edit was not saved");
        }
    }

    @Test
    void everyEditRenewsTheEditorsClaim() {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = ReviewFixtures.workspaceWith(file, "s-1")) {
            w.assignments().next("ana").orElseThrow();
            Instant first = w.assignments().ofSession("s-1").get(0).claimedUntil();
            ReviewService ana = new ReviewService(w, "ana");

            Task task = ana.addTask(Task.draft("s-1", 0, 1_000, "x", null, null));
            Instant afterAdd = w.assignments().ofSession("s-1").get(0).claimedUntil();
            ana.undo();
            Instant afterUndo = w.assignments().ofSession("s-1").get(0).claimedUntil();

            assertThat(task.id()).isPositive();
            assertThat(afterAdd).isAfterOrEqualTo(first);
            assertThat(afterUndo).isAfterOrEqualTo(afterAdd);
            // Ben holds no claim on it, so his edit renews nothing and takes nothing
            new ReviewService(w, "ben").addTask(Task.draft("s-1", 0, 1_000, "y", null, null));
            assertThat(w.assignments().ofSession("s-1")).extracting(Assignment::labeler).containsExactly("ana");
        }
    }

    @Test
    void aChangeIsToldInIdsAndNamesOnly() {
        AuditEntry labelSet = new AuditEntry(9, Instant.parse("2026-12-05T14:02:00Z"), "dan", "edit", null,
                "label set: 7 -> 2 labels");
        AuditEntry assigned = new AuditEntry(10, Instant.parse("2026-12-05T14:03:00Z"), "cora", "assign", "s-1",
                "to ana, ben");

        assertThat(new ReviewChange(labelSet).inFull(ZoneId.of("UTC"))).isEqualTo("dan changed the label set at 14:02"
                + " (7 -> 2 labels)");
        assertThat(new ReviewChange(assigned).inFull(ZoneId.of("UTC")))
                .isEqualTo("cora changed the labelers of session s-1 at 14:03 (to ana, ben)");
        assertThat(new ReviewChange(assigned).shortly()).isEqualTo("cora changed the labelers");
    }
}
