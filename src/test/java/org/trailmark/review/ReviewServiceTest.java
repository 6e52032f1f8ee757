package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionReview;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.store.StaleEditException;
import org.trailmark.store.Workspace;

/** Every review command against a real workspace: its effect, its undo and its redo. */
class ReviewServiceTest {
    private static final String S = "s-1";

    @TempDir
    Path dir;

    private Workspace workspace;
    private ReviewService service;

    /** Everything a review command can touch, to compare before, after, undone and redone. */
    private record State(List<Task> tasks, List<Flag> flags, ReviewStatus status, String reviewer, String reason,
                         List<Label> labels) {
    }

    @BeforeEach
    void open() {
        workspace = ReviewFixtures.workspaceWith(dir.resolve("ws.trailmark"), S, "s-2");
        service = new ReviewService(workspace, "ann");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private State state() {
        SessionReview review = workspace.review().status(S);
        return new State(workspace.review().tasks(S), workspace.flags().ofSession(S), review.status(), review.reviewer(), review.reason(),
                workspace.review().labels());
    }

    /** Runs the edit, then checks that undo restores the state before and redo the state after. */
    private State undoesAndRedoes(Runnable edit, String description) {
        State before = state();
        edit.run();
        State after = state();
        assertThat(after).isNotEqualTo(before);
        assertThat(service.history().undoDescription()).contains(description);

        assertThat(service.undo()).contains(description);
        assertThat(state()).isEqualTo(before);
        assertThat(service.redo()).contains(description);
        assertThat(state()).isEqualTo(after);
        return after;
    }

    private Task task(int from, int to, String instruction) {
        return service.addTask(Task.draft(S, from, to, instruction, "Navigate", TaskOutcome.SUCCESS));
    }

    @Test
    void addTaskStoresItAndUndoRemovesIt() {
        State after = undoesAndRedoes(() -> task(1_000, 5_000, "Open the payroll page"), "Add task");

        assertThat(after.tasks()).singleElement().satisfies(t -> {
            assertThat(t.id()).isPositive();
            assertThat(t.instruction()).isEqualTo("Open the payroll page");
            assertThat(t.label()).isEqualTo("Navigate");
        });
    }

    @Test
    void redoOfAnAddRestoresTheSameId() {
        Task added = task(1_000, 5_000, "x");
        service.undo();
        service.redo();

        assertThat(workspace.review().tasks(S)).extracting(Task::id).containsExactly(added.id());
    }

    @Test
    void editTaskChangesFieldsAndUndoPutsThemBack() {
        Task t = task(1_000, 5_000, "first words");

        State after = undoesAndRedoes(() -> service.editTask(t.withInstruction("better words")
                .withOutcome(TaskOutcome.ABANDONED).withNotes("note")), "Edit task");

        assertThat(after.tasks()).singleElement().satisfies(x -> {
            assertThat(x.instruction()).isEqualTo("better words");
            assertThat(x.outcome()).isEqualTo(TaskOutcome.ABANDONED);
            assertThat(x.notes()).isEqualTo("note");
        });
    }

    @Test
    void deleteTaskRemovesItAndUndoRestoresItUnderItsId() {
        Task t = task(1_000, 5_000, "x");

        undoesAndRedoes(() -> service.deleteTask(t.id()), "Delete task");

        service.undo();
        assertThat(workspace.review().task(t.id())).contains(t);
    }

    @Test
    void movingEdgesChangesOnlyTheSpan() {
        Task t = task(1_000, 5_000, "x");

        State after = undoesAndRedoes(() -> service.moveTaskEdges(t.id(), 2_000, 9_000), "Move task edges");

        assertThat(after.tasks()).containsExactly(t.withSpan(2_000, 9_000));
    }

    @Test
    void splitCutsAtThePlayheadIntoTwoTasksWithTheSameFields() {
        Task t = task(1_000, 5_000, "x");

        State after = undoesAndRedoes(() -> service.splitTask(t.id(), 3_000), "Split task");

        assertThat(after.tasks()).hasSize(2);
        assertThat(after.tasks().get(0)).isEqualTo(t.withSpan(1_000, 3_000));
        Task second = after.tasks().get(1);
        assertThat(second.id()).isNotEqualTo(t.id());
        assertThat(second.withId(t.id())).isEqualTo(t.withSpan(3_000, 5_000));
    }

    @Test
    void splittingOutsideTheTaskIsRefusedPlainly() {
        Task t = task(1_000, 5_000, "x");

        assertThatThrownBy(() -> service.splitTask(t.id(), 5_000))
                .isInstanceOf(ReviewException.class)
                .hasMessageContaining("strictly inside");
        assertThat(service.history().undoDescription()).contains("Add task");
    }

    @Test
    void mergeWithNextJoinsNeighboursAndKeepsTheEarlierFields() {
        Task a = service.addTask(Task.draft(S, 1_000, 3_000, "", null, null));
        Task b = service.addTask(Task.draft(S, 3_000, 7_000, "later words", "Code", TaskOutcome.FAILURE));
        service.addTask(Task.draft(S, 8_000, 9_000, "third", null, null));

        State after = undoesAndRedoes(() -> service.mergeWithNext(a.id()), "Merge tasks");

        assertThat(after.tasks()).hasSize(2);
        Task merged = after.tasks().get(0);
        assertThat(merged.id()).isEqualTo(a.id());
        assertThat(merged.startMs()).isEqualTo(1_000);
        assertThat(merged.endMs()).isEqualTo(7_000);
        assertThat(merged.instruction()).isEqualTo("later words");
        assertThat(merged.label()).isEqualTo("Code");
        assertThat(workspace.review().task(b.id())).isEmpty();
    }

    @Test
    void theLastTaskHasNoNeighbourToMergeWith() {
        Task t = task(1_000, 5_000, "x");

        assertThatThrownBy(() -> service.mergeWithNext(t.id())).hasMessageContaining("no following task");
    }

    @Test
    void aTaskOutsideTheSessionOrWithAnUnknownLabelIsRefused() {
        assertThatThrownBy(() -> task(1_000, ReviewFixtures.DURATION_MS + 5_000, "x"))
                .isInstanceOf(ReviewException.class).hasMessageContaining("ends after the session");
        assertThatThrownBy(() -> service.addTask(Task.draft(S, 0, 10, "x", "Nope", null)))
                .isInstanceOf(ReviewException.class).hasMessageContaining("no label 'Nope'");
        assertThat(workspace.review().tasks(S)).isEmpty();
    }

    @Test
    void addFlagIsManualAndConfirmed() {
        State after = undoesAndRedoes(() -> service.addFlag(Flag.manual(S, 1_000, 2_500, FlagCategory.PASSWORD,
                "typed in the login form")), "Add flag");

        assertThat(after.flags()).singleElement().satisfies(f -> {
            assertThat(f.category()).isEqualTo(FlagCategory.PASSWORD);
            assertThat(f.status()).isEqualTo(FlagStatus.CONFIRMED);
            assertThat(f.reason()).isEqualTo("typed in the login form");
        });
    }

    @Test
    void editAndDeleteFlagUndoCleanly() {
        Flag f = service.addFlag(Flag.manual(S, 1_000, 2_500, FlagCategory.OTHER, null));

        State edited = undoesAndRedoes(() -> service.editFlag(f.withCategory(FlagCategory.CREDENTIAL)
                .withSpan(900, 3_000)), "Edit flag");
        assertThat(edited.flags()).singleElement().extracting(Flag::category).isEqualTo(FlagCategory.CREDENTIAL);

        State deleted = undoesAndRedoes(() -> service.deleteFlag(f.id()), "Delete flag");
        assertThat(deleted.flags()).isEmpty();
    }

    @Test
    void settingAFlagStatusIsUndoable() {
        Flag f = service.addFlag(Flag.manual(S, 1_000, 2_500, FlagCategory.PERSONAL_DATA, null));

        State after = undoesAndRedoes(() -> service.setFlagStatus(f.id(), FlagStatus.REJECTED), "Reject flag");

        assertThat(after.flags()).singleElement().satisfies(x -> assertThat(x.masks()).isFalse());
    }

    @Test
    void reviewStatusCarriesReviewerAndReasonAndUndoRestoresThePrevious() {
        service.setReviewStatus(S, ReviewStatus.IN_REVIEW, null);

        State after = undoesAndRedoes(() -> service.setReviewStatus(S, ReviewStatus.REJECTED, "off-task browsing"),
                "Set session status to rejected");

        assertThat(after.status()).isEqualTo(ReviewStatus.REJECTED);
        assertThat(after.reviewer()).isEqualTo("ann");
        assertThat(after.reason()).isEqualTo("off-task browsing");
        assertThat(workspace.sessions().find(S).orElseThrow().status()).isEqualTo(ReviewStatus.REJECTED);
    }

    @Test
    void rejectingWithoutAReasonIsRefused() {
        assertThatThrownBy(() -> service.setReviewStatus(S, ReviewStatus.REJECTED, " "))
                .isInstanceOf(ReviewException.class).hasMessageContaining("needs a reason");
    }

    @Test
    void editingTheLabelSetIsUndoable() {
        List<Label> labels = new ArrayList<>(workspace.review().labels());
        labels.add(new Label("Spreadsheet", "#123456", 8));

        State after = undoesAndRedoes(() -> service.editLabels(labels), "Edit label set");

        assertThat(after.labels()).last().isEqualTo(new Label("Spreadsheet", "#123456", 8));
        assertThatThrownBy(() -> service.editLabels(List.of(new Label("A", "#000000", 1), new Label("B", "#000000", 1))))
                .hasMessageContaining("hotkey 1 is given to two labels");
    }

    @Test
    void nextSessionToReviewIsTheOldestNotYetReviewed() {
        assertThat(service.nextSessionToReview()).get().extracting(s -> s.id()).isEqualTo(S);

        service.setReviewStatus(S, ReviewStatus.REVIEWED, null);
        assertThat(service.nextSessionToReview()).get().extracting(s -> s.id()).isEqualTo("s-2");

        service.setReviewStatus("s-2", ReviewStatus.APPROVED, null);
        assertThat(service.nextSessionToReview()).isEmpty();
        assertThat(service.sessionsWithStatus(java.util.Set.of(ReviewStatus.APPROVED)))
                .extracting(s -> s.id()).containsExactly("s-2");
    }

    @Test
    void revealingAFlagIsAuditedButNotAnEdit() {
        Flag f = service.addFlag(Flag.manual(S, 1_000, 2_500, FlagCategory.PASSWORD, null));
        long revision = service.history().revision();

        service.revealFlag(f.id());

        assertThat(service.history().revision()).isEqualTo(revision);
        assertThat(workspace.audit().entries(S)).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("reveal");
            assertThat(e.actor()).isEqualTo("ann");
            assertThat(e.detail()).contains("flag " + f.id());
        });
    }

    @Test
    void undoOfAnEditChangedElsewhereWritesNothingAndSaysSo() {
        Task t = task(1_000, 5_000, "x");
        service.moveTaskEdges(t.id(), 1_000, 6_000);
        // Another window (its own service and history) changes the same task.
        new ReviewService(workspace, "bob").editTask(workspace.review().task(t.id()).orElseThrow().withInstruction("bob's"));

        // said with who changed what (issue 14 §2); the store's own reason stays the cause
        assertThatThrownBy(service::undo).isInstanceOf(StaleEditException.class)
                .hasMessageStartingWith("bob changed the tasks of session " + S + " at")
                .hasMessageEndingWith("(edit task); your edit was not saved")
                .cause().hasMessageContaining("task " + t.id() + " was changed or removed elsewhere");
        assertThat(workspace.review().task(t.id()).orElseThrow().instruction()).isEqualTo("bob's");
        assertThat(workspace.review().task(t.id()).orElseThrow().endMs()).isEqualTo(6_000);
        assertThat(service.history().canUndo()).isFalse();
    }

    @Test
    void theReviewerNameIsRememberedInTheWorkspace() {
        assertThat(ReviewService.rememberedReviewer(workspace)).isEmpty();

        ReviewService.rememberReviewer(workspace, "ann");

        assertThat(ReviewService.rememberedReviewer(workspace)).contains("ann");
    }
}
