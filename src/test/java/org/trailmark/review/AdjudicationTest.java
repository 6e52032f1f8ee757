package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Task;
import org.trailmark.store.AssignmentsFixture;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.TasksAndFlags;
import org.trailmark.store.Workspace;

/** Merging submitted versions into the gold set: one undoable, audited command per decision. */
class AdjudicationTest {
    @TempDir
    Path dir;

    private Workspace workspace;
    private Task anasTask;
    private Flag anasFlag;
    private Task bosTask;

    @BeforeEach
    void twoSubmittedVersions() {
        Path file = dir.resolve("ws.trailmark");
        workspace = ReviewFixtures.workspaceWith(file, "s-1");
        AssignmentsFixture.assign(file, "s-1", "ana", "bo");
        ReviewService ana = as("ana");
        anasTask = ana.addTask(Task.draft("s-1", 1_000, 9_000, "Log in", "Navigate", null));
        anasFlag = ana.addFlag(Flag.manual("s-1", 1_000, 2_500, FlagCategory.PASSWORD, null));
        ana.submitMyVersion("s-1");
        ReviewService bo = as("bo");
        bosTask = bo.addTask(Task.draft("s-1", 1_500, 9_000, "Sign in", "Navigate", null));
        bo.addTask(Task.draft("s-1", 20_000, 30_000, "Write notes", "Edit document", null));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReviewService as(String user) {
        workspace.currentUser().actAs(user);
        return new ReviewService(workspace, user);
    }

    private AuditEntry lastAudit() {
        List<AuditEntry> entries = workspace.audit().entries("s-1");
        return entries.get(entries.size() - 1);
    }

    @Test
    void nothingCanBeAdjudicatedBeforeEveryLabelerHasSubmitted() {
        Adjudication adjudication = new Adjudication(as("rev"));
        assertThatThrownBy(() -> adjudication.versions("s-1")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("not yet: bo");
        assertThatThrownBy(() -> adjudication.takeTask("s-1", "ana", anasTask.id()))
                .isInstanceOf(ReviewException.class);
        assertThat(workspace.review().tasks("s-1")).isEmpty();
    }

    @Test
    void takingATaskCopiesItIntoGoldAuditedAndUndoable() {
        as("bo").submitMyVersion("s-1");
        ReviewService rev = as("rev");
        Adjudication adjudication = new Adjudication(rev);
        assertThat(adjudication.versions("s-1")).containsOnlyKeys("ana", "bo");

        Task taken = adjudication.takeTask("s-1", "ana", anasTask.id());

        assertThat(taken.id()).isNotEqualTo(anasTask.id());
        assertThat(workspace.review().tasks("s-1")).containsExactly(anasTask.withId(taken.id()));
        assertThat(lastAudit().action()).isEqualTo(AuditActions.ADJUDICATE);
        assertThat(lastAudit().detail()).startsWith("adjudicated: took task " + anasTask.id() + " from ana: task "
                + taken.id() + " added").doesNotContain("Log in");
        assertThat(lastAudit().actor()).isEqualTo("rev");

        assertThat(rev.undo()).contains("Take task");
        assertThat(workspace.review().tasks("s-1")).isEmpty();
        assertThat(lastAudit().detail()).startsWith("undo adjudicated: took task");
        rev.redo();
        assertThat(workspace.review().tasks("s-1")).containsExactly(taken);
        assertThat(workspace.review().tasks("s-1", "ana")).containsExactly(anasTask);
    }

    @Test
    void takingAFlagCopiesItIntoTheGoldFlags() {
        as("bo").submitMyVersion("s-1");
        ReviewService rev = as("rev");

        Flag taken = new Adjudication(rev).takeFlag("s-1", "ana", anasFlag.id());

        assertThat(workspace.flags().ofSession("s-1")).containsExactly(anasFlag.withId(taken.id()));
        assertThat(lastAudit().detail()).startsWith("adjudicated: took flag " + anasFlag.id() + " from ana");
        rev.undo();
        assertThat(workspace.flags().ofSession("s-1")).isEmpty();
    }

    @Test
    void takingAllReplacesTheGoldTasksAndAddsTheFlagsKeepingDetectorFindings() {
        as("bo").submitMyVersion("s-1");
        Flag finding = workspace.flags().replace("s-1", List.of(), List.of(new Flag(0, "s-1", 100, 900,
                FlagCategory.PASSWORD, null, FlagSource.DETECTOR, "pwd", 0.9, FlagStatus.SUGGESTED)), "scan", "scan")
                .get(0);
        ReviewService rev = as("rev");
        Task oldGold = rev.addTask(Task.draft("s-1", 0, 500, "old", null, null));
        Adjudication adjudication = new Adjudication(rev);

        TasksAndFlags taken = adjudication.takeAll("s-1", "bo");

        assertThat(workspace.review().tasks("s-1")).extracting(Task::instruction).containsExactly("Sign in", "Write notes");
        assertThat(workspace.flags().ofSession("s-1")).containsExactly(finding);
        assertThat(taken.tasks()).hasSize(2);
        assertThat(lastAudit().detail()).startsWith("adjudicated: took all of bo's version: task " + oldGold.id()
                + " deleted");
        rev.undo();
        assertThat(workspace.review().tasks("s-1")).containsExactly(oldGold);
    }

    @Test
    void droppingAGoldTaskIsOneUndoableDecision() {
        as("bo").submitMyVersion("s-1");
        ReviewService rev = as("rev");
        Adjudication adjudication = new Adjudication(rev);
        Task taken = adjudication.takeTask("s-1", "bo", bosTask.id());

        adjudication.dropGoldTask("s-1", taken.id());

        assertThat(workspace.review().tasks("s-1")).isEmpty();
        assertThat(lastAudit().detail()).startsWith("adjudicated: dropped gold task " + taken.id());
        assertThat(rev.undo()).contains("Drop gold task");
        assertThat(workspace.review().tasks("s-1")).containsExactly(taken);
        assertThatThrownBy(() -> adjudication.dropGoldTask("s-1", bosTask.id())).isInstanceOf(ReviewException.class)
                .hasMessageContaining("gold set of session s-1 has no task");
    }

    @Test
    void aTaskOfAnotherLabelerOrSessionCannotBeTakenUnderTheWrongName() {
        as("bo").submitMyVersion("s-1");
        Adjudication adjudication = new Adjudication(as("rev"));
        assertThatThrownBy(() -> adjudication.takeTask("s-1", "ana", bosTask.id())).isInstanceOf(ReviewException.class)
                .hasMessageContaining("ana's version of session s-1 has no task " + bosTask.id());
        assertThatThrownBy(() -> adjudication.takeAll("s-1", "cy")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("cy is not a labeler");
    }
}
