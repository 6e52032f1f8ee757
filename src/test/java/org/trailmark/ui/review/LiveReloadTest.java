package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.Task;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.PlayerViewModel;

/**
 * Two people on one workspace file, each with their own handle (connection): Ada's review view notices
 * Ana's changes and reloads without losing her place, and a refused edit says who changed what.
 */
class LiveReloadTest {
    @TempDir
    Path dir;
    private Workspace mine;
    private Workspace hers;
    private PlayerViewModel player;
    private ReviewViewModel review;
    private ReviewService ana;
    private String session;

    @BeforeEach
    void open() {
        GeneratedSession generated = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);
        session = generated.info().id();
        Path file = dir.resolve("ws.trailmark");
        mine = Workspace.open(file);
        mine.sessions().add(generated.info(), generated.log(), null, "test");
        hers = Workspace.open(file);
        ana = new ReviewService(hers, "ana");
        player = new PlayerViewModel(new SameThreadTaskExecutor());
        review = new ReviewViewModel(mine, player, "ada");
        player.load(mine, session);
    }

    @AfterEach
    void close() {
        mine.close();
        hers.close();
    }

    @Test
    void someoneElsesFlagShowsAfterTheCheckAndTheSelectionAndPlayheadStay() {
        Task task = review.taskEditing().addTask(1_000, 5_000, "Read mail", null).orElseThrow();
        review.taskEditing().selectedTaskIdProperty().set(task.id());
        player.seek(3_000);
        review.checkForChanges();
        assertThat(review.reloadNoticeProperty().get()).isEmpty();

        Flag flag = ana.addFlag(Flag.manual(session, 2_000, 4_000, FlagCategory.PERSONAL_DATA, null));
        assertThat(review.flags()).isEmpty();
        review.checkForChanges();

        assertThat(review.flags()).containsExactly(flag);
        assertThat(review.reloadNoticeProperty().get()).startsWith("Reloaded: ana changed the flags");
        assertThat(review.taskEditing().selectedTaskIdProperty().get()).isEqualTo(task.id());
        assertThat(player.getTimeMs()).isEqualTo(3_000);
    }

    @Test
    void myOwnEditsAndViewsAreNoReasonToReload() {
        review.taskEditing().addTask(1_000, 5_000, "Read mail", null).orElseThrow();
        new ReviewService(hers, "ana").recordView(session);

        review.checkForChanges();

        assertThat(review.reloadNoticeProperty().get()).isEmpty();
        assertThat(review.canUndoProperty().get()).isTrue();
    }

    @Test
    void anotherReviewersEditClearsMyUndoHistoryAndSaysSo() {
        review.taskEditing().addTask(1_000, 5_000, "Read mail", null).orElseThrow();
        ana.setReviewStatus(session, ReviewStatus.IN_REVIEW, null);

        review.checkForChanges();

        assertThat(review.reviewProperty().get().status()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(review.reloadNoticeProperty().get())
                .isEqualTo("Reloaded: ana changed the review status; undo history cleared");
        assertThat(review.canUndoProperty().get()).isFalse();
    }

    @Test
    void aNewAssignmentReloadsButKeepsMyUndoHistory() {
        review.taskEditing().addTask(1_000, 5_000, "Read mail", null).orElseThrow();
        hers.assignments().assign(session, List.of("ada", "ben"), "cora");

        review.checkForChanges();

        assertThat(review.reloadNoticeProperty().get()).isEqualTo("Reloaded: cora changed the labelers");
        assertThat(review.canUndoProperty().get()).isTrue();
    }

    @Test
    void aRefusedUndoSaysWhoChangedWhatAndShowsTheirVersion() {
        Task mineTask = review.taskEditing().addTask(1_000, 5_000, "Read mail", null).orElseThrow();
        Task theirs = ana.editTask(mineTask.withInstruction("Answer mail"));
        AuditEntry edit = hers.audit().lastReviewChange(session).orElseThrow();

        assertThat(review.undo()).isFalse();

        String at = DateTimeFormatter.ofPattern("HH:mm").format(edit.at().atZone(ZoneId.systemDefault()));
        assertThat(review.messageProperty().get()).isEqualTo("ana changed the tasks of session " + session + " at "
                + at + " (edit task); your edit was not saved, the session was reloaded");
        assertThat(review.tasks()).containsExactly(theirs);
    }
}
