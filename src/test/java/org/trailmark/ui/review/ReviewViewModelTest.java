package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.FlagSource;
import org.trailmark.model.Label;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.Task;
import org.trailmark.model.TaskOutcome;
import org.trailmark.replay.GroupText;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.timeline.TimelineSpan;

/** Every review command through the view-model, and its undo, on a generated session in a real workspace. */
class ReviewViewModelTest {
    static final List<Label> LABELS = List.of(new Label("E-mail", "#2a62d4", 1), new Label("Browse", "#1c7a3a", 2),
            new Label("Off-task", "#b42318", 3));

    private static GeneratedSession webmail;
    private static PlantedSecret email;

    @TempDir
    Path dir;
    private Workspace workspace;
    private PlayerViewModel player;
    private ReviewViewModel review;

    @BeforeAll
    static void generate() {
        webmail = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED).get(0);
        email = webmail.planted().stream().filter(p -> p.kind() == SecretKind.EMAIL).findFirst().orElseThrow();
    }

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        workspace.sessions().add(withSuggestion(webmail.info()), webmail.log(), null, "test");
        player = new PlayerViewModel(new SameThreadTaskExecutor());
        review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, webmail.info().id());
        assertThat(review.editLabels(LABELS)).isTrue();
        review.clearHistory();
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    static SessionInfo withSuggestion(SessionInfo info) {
        return new SessionInfo(info.id(), info.subject(), info.sourceFormat(), info.start(), info.screens(),
                info.captureTool(), info.captureToolVersion(), info.consent(), "Answer the invoice e-mail");
    }

    private Task taskFromMarks(int in, int out) {
        player.seek(in);
        review.markIn();
        player.seek(out);
        review.markOut();
        return review.taskEditing().commitTask().orElseThrow();
    }

    @Test
    void openingASessionIsAuditedAsAView() {
        List<AuditEntry> audit = workspace.audit().entries(webmail.info().id());
        assertThat(audit).extracting(AuditEntry::action).contains("view");
        assertThat(audit).extracting(AuditEntry::actor).contains("Ada");
    }

    @Test
    void inOutAndEnterCommitATaskThatUndoRemovesAndRedoRestores() {
        Task task = taskFromMarks(1_000, 4_000);
        assertThat(task.startMs()).isEqualTo(1_000);
        assertThat(task.endMs()).isEqualTo(4_000);
        assertThat(review.tasks()).containsExactly(task);
        assertThat(review.inMarkProperty().get()).isNull();
        assertThat(review.undoTextProperty().get()).isEqualTo("Undo Add task");
        assertThat(player.timeline().getTaskSpans()).extracting(TimelineSpan::id).containsExactly(task.id());

        assertThat(review.undo()).isTrue();
        assertThat(review.tasks()).isEmpty();
        assertThat(player.timeline().getTaskSpans()).isEmpty();
        assertThat(review.redoTextProperty().get()).isEqualTo("Redo Add task");
        assertThat(review.redo()).isTrue();
        assertThat(review.tasks()).hasSize(1);
    }

    @Test
    void aDigitBeforeEnterLabelsTheNewTaskAndAfterwardsRelabelsTheSelectedOne() {
        player.seek(500);
        review.markIn();
        player.seek(2_500);
        review.markOut();
        assertThat(review.taskEditing().pickLabel(2)).isTrue();
        Task task = review.taskEditing().commitTask().orElseThrow();
        assertThat(task.label()).isEqualTo("Browse");
        assertThat(player.timeline().getTaskSpans().get(0).colour()).isEqualTo("#1c7a3a");

        assertThat(review.taskEditing().pickLabel(1)).isTrue();
        assertThat(review.taskEditing().selectedTask().orElseThrow().label()).isEqualTo("E-mail");
        review.undo();
        assertThat(review.taskEditing().selectedTask().orElseThrow().label()).isEqualTo("Browse");
        assertThat(review.taskEditing().pickLabel(9)).isFalse();
        assertThat(review.messageProperty().get()).contains("hotkey 9");
    }

    @Test
    void theSuggestedInstructionIsAcceptedWithOneCommand() {
        player.seek(1_000);
        review.markIn();
        player.seek(3_000);
        review.markOut();
        Task task = review.taskEditing().acceptSuggestedInstruction().orElseThrow();
        assertThat(task.instruction()).isEqualTo("Answer the invoice e-mail");

        review.taskEditing().setInstruction(task.id(), "Something else");
        review.taskEditing().acceptSuggestedInstruction();
        assertThat(review.taskEditing().selectedTask().orElseThrow().instruction()).isEqualTo("Answer the invoice e-mail");
    }

    @Test
    void instructionLabelAndOutcomeEditsAreEachUndoable() {
        Task task = taskFromMarks(1_000, 4_000);
        review.taskEditing().setInstruction(task.id(), "Reply to Bob");
        review.taskEditing().setTaskLabel(task.id(), "Off-task");
        review.taskEditing().setOutcome(task.id(), TaskOutcome.SUCCESS);
        Task edited = review.taskEditing().selectedTask().orElseThrow();
        assertThat(edited.instruction()).isEqualTo("Reply to Bob");
        assertThat(edited.label()).isEqualTo("Off-task");
        assertThat(edited.outcome()).isEqualTo(TaskOutcome.SUCCESS);
        review.undo();
        review.undo();
        assertThat(review.taskEditing().selectedTask().orElseThrow().label()).isNull();
        assertThat(review.taskEditing().selectedTask().orElseThrow().outcome()).isNull();
        assertThat(review.taskEditing().selectedTask().orElseThrow().instruction()).isEqualTo("Reply to Bob");
    }

    @Test
    void holdingADigitDuringPlaybackLabelsTheStretchButATapOnlyPicksTheLabel() {
        player.seek(2_000);
        review.taskEditing().digitPressed(3);
        review.taskEditing().digitPressed(3); // key repeat while held
        player.seek(6_000);
        review.taskEditing().digitReleased(3);
        Task held = review.tasks().get(0);
        assertThat(held.startMs()).isEqualTo(2_000);
        assertThat(held.endMs()).isEqualTo(6_000);
        assertThat(held.label()).isEqualTo("Off-task");

        review.taskEditing().digitPressed(1);
        review.taskEditing().digitReleased(1);
        assertThat(review.tasks()).hasSize(1);
        assertThat(review.tasks().get(0).label()).isEqualTo("E-mail");
    }

    @Test
    void splitAtThePlayheadAndMergeWithNextUndoBackToOneTask() {
        Task task = taskFromMarks(1_000, 5_000);
        player.seek(3_000);
        assertThat(review.taskEditing().splitAtPlayhead()).isTrue();
        assertThat(review.tasks()).extracting(Task::endMs).containsExactly(3_000, 5_000);
        assertThat(review.undoTextProperty().get()).isEqualTo("Undo Split task");

        review.taskEditing().selectedTaskIdProperty().set(task.id());
        assertThat(review.taskEditing().mergeWithNext()).isTrue();
        assertThat(review.tasks()).singleElement().satisfies(t -> assertThat(t.endMs()).isEqualTo(5_000));
        review.undo();
        assertThat(review.tasks()).hasSize(2);
        review.undo();
        assertThat(review.tasks()).singleElement().isEqualTo(task);
    }

    @Test
    void overlappingTasksGoOnSeparateTimelineLanes() {
        taskFromMarks(1_000, 5_000);
        taskFromMarks(3_000, 7_000);
        taskFromMarks(5_000, 6_000);
        assertThat(player.timeline().taskLanesProperty().get()).isEqualTo(2);
        assertThat(player.timeline().getTaskSpans()).extracting(TimelineSpan::lane).containsExactly(0, 1, 0);
    }

    @Test
    void draggingATaskEdgeOnTheTimelineMovesItUndoably() {
        Task task = taskFromMarks(1_000, 5_000);
        TimelineSpan span = player.timeline().getTaskSpans().get(0);
        player.timeline().getOnTaskEdgesMoved().moved(span, 1_000, 6_500);
        assertThat(review.tasks().get(0).endMs()).isEqualTo(6_500);
        assertThat(review.undoTextProperty().get()).isEqualTo("Undo Move task edges");
        review.undo();
        assertThat(review.tasks().get(0)).isEqualTo(task);
    }

    @Test
    void deleteRemovesTheSelectedTaskUntilUndone() {
        Task task = taskFromMarks(1_000, 5_000);
        assertThat(review.taskEditing().deleteTask()).isTrue();
        assertThat(review.tasks()).isEmpty();
        review.undo();
        assertThat(review.tasks()).containsExactly(task);
    }

    @Test
    void aRefusedCommandSaysWhyInsteadOfThrowing() {
        assertThat(review.taskEditing().commitTask()).isEmpty();
        assertThat(review.messageProperty().get()).contains("in point");
        player.seek(4_000);
        review.markIn();
        player.seek(1_000);
        assertThat(review.taskEditing().commitTask()).isEmpty();
        assertThat(review.taskEditing().splitAtPlayhead()).isFalse();
    }

    @Test
    void flaggingTheMarkedSpanMasksTheTypedTextUntilRevealedOrRejected() {
        int after = email.endMs() + 1;
        player.seek(after);
        assertThat(shownText()).contains(email.value());

        player.seek(email.startMs());
        review.markIn();
        player.seek(after);
        review.markOut();
        Flag flag = review.flagging().flagMarks(FlagCategory.PERSONAL_DATA, "customer address").orElseThrow();
        assertThat(flag.status()).isEqualTo(FlagStatus.CONFIRMED);
        assertThat(flag.source()).isEqualTo(FlagSource.MANUAL);
        assertThat(shownText()).doesNotContain(email.value()).contains("\u2022");
        assertThat(player.recentKeysProperty().get()).allSatisfy(k -> assertThat(k.label()).isEqualTo("\u2022"));
        assertThat(player.timeline().getFlagSpans()).extracting(TimelineSpan::label)
                .containsExactly("Personal data \u00b7 Confirmed");

        assertThat(review.flagging().revealFlag()).isTrue();
        assertThat(shownText()).contains(email.value());
        assertThat(workspace.audit().entries(webmail.info().id())).extracting(AuditEntry::action).contains("reveal");
        assertThat(workspace.audit().entries(null)).noneSatisfy(e -> assertThat(String.valueOf(e.detail())).contains(email.value()));

        review.undo();
        assertThat(review.flags()).isEmpty();
    }

    @Test
    void yAndNConfirmOrRejectAndMoveToTheNextSuggestion() {
        ReviewService direct = new ReviewService(workspace, "detector-test");
        String id = webmail.info().id();
        Flag first = direct.addFlag(new Flag(0, id, 1_000, 2_000, FlagCategory.CREDENTIAL, null, FlagSource.DETECTOR,
                "secret.aws", 0.9, FlagStatus.SUGGESTED));
        Flag second = direct.addFlag(new Flag(0, id, 5_000, 6_000, FlagCategory.PERSONAL_DATA, null,
                FlagSource.DETECTOR, "pii.email", 0.8, FlagStatus.SUGGESTED));
        review.reload();

        assertThat(review.flagging().nextSuggestion()).map(Flag::id).contains(first.id());
        assertThat(player.getTimeMs()).isEqualTo(1_000);
        assertThat(review.flagging().rejectFlag()).isTrue();
        assertThat(review.flagging().selectedFlag()).map(Flag::id).contains(second.id());
        assertThat(review.flagging().confirmFlag()).isTrue();
        assertThat(review.flags()).extracting(Flag::status).containsExactly(FlagStatus.REJECTED, FlagStatus.CONFIRMED);
        assertThat(review.undoTextProperty().get()).isEqualTo("Undo Confirm flag");
        review.undo();
        review.undo();
        assertThat(review.flags()).extracting(Flag::status).containsOnly(FlagStatus.SUGGESTED);
    }

    @Test
    void approvingAndRejectingWithAReasonSetTheStatusUndoably() {
        assertThat(review.setStatus(ReviewStatus.IN_REVIEW, null)).isTrue();
        assertThat(review.approve()).isTrue();
        assertThat(review.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
        assertThat(review.reviewProperty().get().reviewer()).isEqualTo("Ada");
        assertThat(review.reject(" ")).isFalse();
        assertThat(review.messageProperty().get()).contains("reason");
        assertThat(review.reject("keys of a private chat")).isTrue();
        assertThat(review.reviewProperty().get().reason()).isEqualTo("keys of a private chat");
        review.undo();
        assertThat(review.reviewProperty().get().status()).isEqualTo(ReviewStatus.APPROVED);
    }

    @Test
    void theLabelSetEditIsUndoable() {
        List<Label> changed = List.of(new Label("E-mail", "#000000", 1));
        assertThat(review.editLabels(changed)).isTrue();
        assertThat(review.labels()).containsExactlyElementsOf(changed);
        review.undo();
        assertThat(review.labels()).containsExactlyElementsOf(LABELS);
        assertThat(review.editLabels(List.of(new Label("A", "#000000", 1), new Label("B", "#000000", 1)))).isFalse();
        assertThat(review.messageProperty().get()).contains("hotkey 1");
    }

    @Test
    void withoutARememberedReviewerTheFirstEditAsksOnceAndTheNameIsRemembered() {
        Workspace other = Workspace.open(dir.resolve("other.trailmark"));
        try {
            other.sessions().add(webmail.info(), webmail.log(), null, "test");
            PlayerViewModel otherPlayer = new PlayerViewModel(new SameThreadTaskExecutor());
            ReviewViewModel fresh = new ReviewViewModel(other, otherPlayer, null);
            int[] asked = {0};
            fresh.reviewerPromptProperty().set(() -> {
                asked[0]++;
                return Optional.of("Grace");
            });
            otherPlayer.load(other, webmail.info().id());
            assertThat(fresh.approve()).isTrue();
            assertThat(fresh.setStatus(ReviewStatus.REVIEWED, null)).isTrue();
            assertThat(asked[0]).isEqualTo(1);
            assertThat(ReviewService.rememberedReviewer(other)).contains("Grace");
            assertThat(fresh.reviewProperty().get().reviewer()).isEqualTo("Grace");
        } finally {
            other.close();
        }
    }

    @Test
    void openingAnotherSessionForgetsTheUndoHistory() {
        taskFromMarks(1_000, 2_000);
        assertThat(review.canUndoProperty().get()).isTrue();
        player.close();
        assertThat(review.canUndoProperty().get()).isFalse();
        assertThat(review.tasks()).isEmpty();
    }

    private String shownText() {
        StringBuilder sb = new StringBuilder();
        for (GroupText group : player.typedTextProperty().get()) {
            sb.append(group.display()).append('\n');
        }
        return sb.toString();
    }
}
