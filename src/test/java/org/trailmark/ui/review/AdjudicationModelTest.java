package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Task;
import org.trailmark.store.AssignmentsFixture;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.PlayerViewModel;

/** Double labelling in the studio: each labeler's own version, Submit my labels, and adjudication with undo. */
class AdjudicationModelTest {
    private static final GeneratedSession WEBMAIL = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);

    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeEach
    void open() {
        Path file = dir.resolve("ws.trailmark");
        workspace = Workspace.open(file);
        workspace.sessions().add(WEBMAIL.info(), WEBMAIL.log(), null, "test");
        AssignmentsFixture.assign(file, WEBMAIL.info().id(), "ana", "bo");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private ReviewViewModel as(String user) {
        workspace.currentUser().actAs(user);
        PlayerViewModel player = new PlayerViewModel(new SameThreadTaskExecutor());
        ReviewViewModel review = new ReviewViewModel(workspace, player, user);
        player.load(workspace, WEBMAIL.info().id());
        return review;
    }

    private Task labelAndSubmit(String user, int startMs, int endMs, String instruction) {
        ReviewViewModel review = as(user);
        assertThat(review.versionsProperty().get().canSubmit()).isTrue();
        assertThat(review.versionsProperty().get().describe()).contains("Your own version (" + user + ")");
        Task task = review.taskEditing().addTask(startMs, endMs, instruction, null).orElseThrow();
        assertThat(review.submitMyLabels()).isTrue();
        assertThat(review.versionsProperty().get().canSubmit()).isFalse();
        assertThat(review.taskEditing().addTask(endMs, endMs + 1_000, "late", null)).isEmpty();
        assertThat(review.messageProperty().get()).contains("read-only");
        return task;
    }

    @Test
    void eachLabelerSeesTheirOwnVersionUntilBothSubmitThenAdjudicationTakesAndUndoes() {
        Task anas = labelAndSubmit("ana", 1_000, 8_000, "Log in");
        ReviewViewModel bo = as("bo");
        assertThat(bo.tasks()).isEmpty();
        assertThat(bo.versionsProperty().get().readyToAdjudicate()).isFalse();
        assertThat(bo.adjudication().take()).isFalse();
        labelAndSubmit("bo", 2_000, 9_000, "Sign in");

        ReviewViewModel rev = as("rev");
        VersionState state = rev.versionsProperty().get();
        assertThat(state.readyToAdjudicate()).isTrue();
        assertThat(state.submitted()).containsOnlyKeys("ana", "bo");
        assertThat(state.agreement()).contains("Agreement on " + WEBMAIL.info().id() + ": labelers ana, bo")
                .contains("time slices of 1000 ms").contains("ana / bo");
        assertThat(bo.versionsProperty().get().agreement()).isEmpty();
        assertThat(rev.tasks()).isEmpty();

        assertThat(rev.adjudication().take()).isFalse();
        assertThat(rev.messageProperty().get()).contains("Pick a task or flag");
        rev.adjudication().pickedProperty().set(new AdjudicationModel.Pick("ana", false, anas.id()));
        assertThat(rev.adjudication().take()).isTrue();

        assertThat(rev.tasks()).extracting(Task::instruction).containsExactly("Log in");
        assertThat(rev.versionsProperty().get().gold().tasks()).extracting(Task::instruction).containsExactly("Log in");
        assertThat(rev.undoTextProperty().get()).isEqualTo("Undo Take task");
        assertThat(rev.undo()).isTrue();
        assertThat(rev.tasks()).isEmpty();
        assertThat(rev.redo()).isTrue();
        assertThat(rev.tasks()).hasSize(1);

        long gold = rev.tasks().get(0).id();
        rev.adjudication().pickedProperty().set(new AdjudicationModel.Pick(AdjudicationModel.GOLD_ROW, false, gold));
        assertThat(rev.adjudication().take()).isFalse();
        assertThat(rev.adjudication().dropFromGold()).isTrue();
        assertThat(rev.tasks()).isEmpty();
        assertThat(rev.adjudication().pickedProperty().get()).isNull();

        rev.adjudication().pickedProperty().set(new AdjudicationModel.Pick("bo", false,
                rev.versionsProperty().get().submitted().get("bo").tasks().get(0).id()));
        assertThat(rev.adjudication().takeAll()).isTrue();
        assertThat(rev.tasks()).extracting(Task::instruction).containsExactly("Sign in");
    }
}
