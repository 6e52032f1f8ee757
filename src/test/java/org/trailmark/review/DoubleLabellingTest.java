package org.trailmark.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.Task;
import org.trailmark.store.AssignmentsFixture;
import org.trailmark.store.VersionAccessException;
import org.trailmark.store.Workspace;

/** A labeler of a double-labelled session works on their own version through the ordinary review calls. */
class DoubleLabellingTest {
    @TempDir
    Path dir;

    private Workspace workspace;

    @BeforeEach
    void open() {
        Path file = dir.resolve("ws.trailmark");
        workspace = ReviewFixtures.workspaceWith(file, "s-1", "s-2");
        AssignmentsFixture.assign(file, "s-1", "ana", "bo");
        AssignmentsFixture.assign(file, "s-2", "ana");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    private ReviewService as(String user) {
        workspace.currentUser().actAs(user);
        return new ReviewService(workspace, user);
    }

    @Test
    void aLabelersEditsGoToTheirOwnVersionWhichStartsEmpty() {
        ReviewService gold = as("rev");
        gold.addTask(Task.draft("s-1", 0, 5_000, "gold", null, null));

        ReviewService ana = as("ana");
        assertThat(ana.versionOf("s-1")).isEqualTo("ana");
        assertThat(ana.tasks("s-1")).isEmpty();
        Task added = ana.addTask(Task.draft("s-1", 1_000, 2_000, "ana's", null, null));
        ana.moveTaskEdges(added.id(), 1_000, 3_000);
        ana.splitTask(added.id(), 2_000);

        assertThat(ana.tasks("s-1")).extracting(Task::instruction).containsExactly("ana's", "ana's");
        assertThat(workspace.review().tasks("s-1")).extracting(Task::instruction).containsExactly("gold");
        ReviewService bo = as("bo");
        assertThat(bo.tasks("s-1")).isEmpty();
        assertThatThrownBy(() -> bo.editTask(added.withInstruction("bo was here")))
                .isInstanceOf(ReviewException.class).hasMessageContaining("no task " + added.id());
    }

    @Test
    void aSessionWithOneLabelerIsLabelledInTheGoldSetAsBefore() {
        ReviewService ana = as("ana");
        assertThat(ana.versionOf("s-2")).isEmpty();
        ana.addTask(Task.draft("s-2", 0, 1_000, "x", null, null));
        assertThat(workspace.review().tasks("s-2")).hasSize(1);
    }

    @Test
    void goldFlagsAreVisibleButReadOnlyWhileLabellingAVersion() {
        ReviewService gold = as("rev");
        Flag detector = workspace.flags().replace("s-1", List.of(), List.of(new Flag(0, "s-1", 100, 900,
                FlagCategory.PASSWORD, null, FlagSource.DETECTOR, "pwd", 0.9, FlagStatus.SUGGESTED)), "scan", "scan")
                .get(0);
        Task goldTask = gold.addTask(Task.draft("s-1", 0, 5_000, "gold", null, null));

        ReviewService ana = as("ana");
        Flag mine = ana.addFlag(Flag.manual("s-1", 2_000, 3_000, FlagCategory.PRIVATE, null));

        assertThat(ana.flags("s-1")).containsExactly(detector, mine);
        assertThat(ana.revealFlag(detector.id())).isEqualTo(detector);
        assertThatThrownBy(() -> ana.setFlagStatus(detector.id(), FlagStatus.CONFIRMED))
                .isInstanceOf(ReviewException.class).hasMessageContaining("read-only");
        assertThatThrownBy(() -> ana.deleteTask(goldTask.id())).isInstanceOf(ReviewException.class);
        ana.setFlagStatus(mine.id(), FlagStatus.REJECTED);
        assertThat(workspace.flags().ofSession("s-1")).containsExactly(detector);
    }

    @Test
    void undoAndRedoStayInTheLabelersVersion() {
        ReviewService ana = as("ana");
        Task added = ana.addTask(Task.draft("s-1", 1_000, 2_000, "a", null, null));
        ana.deleteTask(added.id());
        ana.undo();
        assertThat(ana.tasks("s-1")).containsExactly(added);
        ana.undo();
        assertThat(ana.tasks("s-1")).isEmpty();
        ana.redo();
        assertThat(ana.tasks("s-1")).containsExactly(added);
        assertThat(workspace.review().tasks("s-1")).isEmpty();
    }

    @Test
    void aSubmittedVersionIsReadOnlyAndOnlyLabelersSubmit() {
        ReviewService ana = as("ana");
        Task added = ana.addTask(Task.draft("s-1", 1_000, 2_000, "a", null, null));
        ana.submitMyVersion("s-1");

        assertThatThrownBy(() -> ana.deleteTask(added.id())).isInstanceOf(VersionAccessException.class)
                .hasMessageContaining("read-only");
        assertThat(ana.tasks("s-1")).containsExactly(added);
        assertThatThrownBy(() -> as("cy").submitMyVersion("s-1")).isInstanceOf(ReviewException.class)
                .hasMessageContaining("not one of the labelers");
        assertThatThrownBy(() -> as("ana").submitMyVersion("s-2")).isInstanceOf(ReviewException.class);
    }
}
