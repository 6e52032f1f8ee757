package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.media.MaskPainter;
import org.trailmark.model.ScreenRegion;
import org.trailmark.replay.TimeSpan;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.FrameWorkers;
import org.trailmark.ui.player.PlayerPictures;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.player.VideoSession;

/**
 * The review decides what of the recorded picture the player hides: flagged and private spans hide
 * it whole until an audited reveal (the same reveal that shows hidden text), the recorded person's
 * view hides every flag's span, and a region flag covers its area.
 */
class ReviewPictureTest {
    private static final String ID = VideoSession.INFO.id();

    @TempDir
    static Path shared;
    private static Path video;
    @TempDir
    Path dir;
    private Workspace workspace;

    @BeforeAll
    static void writeVideo() throws Exception {
        video = VideoSession.writeVideo(shared.resolve("recording.mp4"));
    }

    @BeforeEach
    void store() throws Exception {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        MediaStore.StoredFile stored = workspace.media().store().store(video);
        workspace.sessions().add(VideoSession.INFO, VideoSession.log(), List.of(VideoSession.media(stored.sha256())),
                null, "test");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private static PlayerViewModel player() {
        return new PlayerViewModel(new SameThreadTaskExecutor(), FrameWorkers.sameThread());
    }

    private static String shown(PlayerViewModel player) {
        return PlayerPictures.describe(player);
    }

    @Test
    void aFlaggedSpanHidesThePictureUntilTheAuditedRevealWhichAlsoShowsTheText() {
        PlayerViewModel player = player();
        ReviewViewModel review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, ID);
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("FRAME");

        player.seek(3_000);
        review.markIn();
        player.seek(4_000);
        review.markOut();
        Flag flag = review.flagging().flagMarks(FlagCategory.PERSONAL_DATA, "customer record").orElseThrow();
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("HIDDEN Personal data");
        player.seek(4_500);
        assertThat(shown(player)).isEqualTo("FRAME");

        review.flagging().selectedFlagIdProperty().set(flag.id());
        assertThat(review.flagging().revealFlag()).isTrue();
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("FRAME");
        assertThat(workspace.audit().entries(ID)).extracting(AuditEntry::action).contains(AuditActions.REVEAL);
    }

    @Test
    void theRecordedPersonsViewHidesTheSpanOfARejectedFlagTooAndTheReviewerSeesIt() {
        ReviewService service = new ReviewService(workspace, "Bea");
        Flag flag = service.addFlag(Flag.manual(ID, 3_000, 4_000, FlagCategory.THIRD_PARTY, null));
        service.setFlagStatus(flag.id(), FlagStatus.REJECTED);

        PlayerViewModel reviewer = player();
        new ReviewViewModel(workspace, reviewer, "Ada");
        reviewer.load(workspace, ID);
        reviewer.seek(3_500);
        assertThat(shown(reviewer)).isEqualTo("FRAME");

        PlayerViewModel subject = player();
        ReviewViewModel.forSubject(workspace, subject);
        subject.load(workspace, ID);
        subject.seek(3_500);
        assertThat(shown(subject)).isEqualTo("HIDDEN Third-party data");
    }

    @Test
    void aRegionFlagCoversItsAreaInThePixelsUntilRevealed() {
        ScreenRegion chat = new ScreenRegion(900, 400, 300, 200);
        Flag region = new ReviewService(workspace, "Bea")
                .addFlag(Flag.region(ID, 3_000, 4_000, chat, FlagCategory.THIRD_PARTY, "chat with a colleague"));
        PlayerViewModel player = player();
        ReviewViewModel review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, ID);
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("FRAME");
        assertThat(PlayerPictures.pixelAtScreen(player, 1_050, 500)).isEqualTo(MaskPainter.FILL);
        assertThat(PlayerPictures.pixelAtScreen(player, 400, 300)).isNotEqualTo(MaskPainter.FILL);

        review.flagging().selectedFlagIdProperty().set(region.id());
        assertThat(review.flagging().revealFlag()).isTrue();
        assertThat(PlayerPictures.pixelAtScreen(player, 1_050, 500)).isNotEqualTo(MaskPainter.FILL);
    }

    @Test
    void aRegionDrawnOnTheStageBecomesAnUndoableRegionFlagOverTheProposedStretch() {
        PlayerViewModel player = player();
        ReviewViewModel review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, ID);
        List<ScreenRegion> drawn = new java.util.ArrayList<>();
        player.onRegionDrawnProperty().set(drawn::add);

        player.toggleRegionTool();
        assertThat(player.drawingRegionProperty().get()).isTrue();
        player.regionDrawn(1_200, 600, 900, 400); // dragged up and left
        assertThat(player.drawingRegionProperty().get()).as("one region per use of the tool").isFalse();
        assertThat(drawn).containsExactly(new ScreenRegion(900, 400, 300, 200));
        player.toggleRegionTool();
        player.regionDrawn(10, 10, 12, 300); // a slip of the mouse
        player.regionDrawn(1_300, 700, 1_500, 900); // runs off the captured screen
        assertThat(drawn).containsExactly(new ScreenRegion(900, 400, 300, 200), new ScreenRegion(1_300, 700, 66, 68));

        player.seek(3_000);
        review.markIn();
        player.seek(4_000);
        review.markOut();
        TimeSpan proposed = review.flagging().defaultRegionSpan();
        assertThat(proposed).isEqualTo(new TimeSpan(3_000, 4_000));
        Flag flag = review.flagging().flagRegion(drawn.get(0), proposed, FlagCategory.THIRD_PARTY, "chat").orElseThrow();
        assertThat(flag.region()).isEqualTo(drawn.get(0));
        player.seek(3_500);
        assertThat(PlayerPictures.pixelAtScreen(player, 1_050, 500)).isEqualTo(MaskPainter.FILL);
        assertThat(player.timeline().getFlagSpans()).hasSize(1);

        assertThat(review.undo()).isTrue();
        assertThat(PlayerPictures.pixelAtScreen(player, 1_050, 500)).isNotEqualTo(MaskPainter.FILL);
        assertThat(review.redo()).isTrue();
        assertThat(PlayerPictures.pixelAtScreen(player, 1_050, 500)).isEqualTo(MaskPainter.FILL);
    }

    @Test
    void withNothingMarkedARegionCoversTheTaskAtThePlayheadOrTheNextTenSeconds() {
        PlayerViewModel player = player();
        ReviewViewModel review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, ID);
        player.seek(1_000);
        assertThat(review.flagging().defaultRegionSpan()).isEqualTo(new TimeSpan(1_000, 11_000));
        player.seek(9_000);
        assertThat(review.flagging().defaultRegionSpan().endMs()).isEqualTo((int) review.durationMs());
        player.seek(5_000);
        review.markIn();
        player.seek(7_000);
        review.markOut();
        review.taskEditing().commitTask();
        player.seek(6_000);
        assertThat(review.flagging().defaultRegionSpan()).isEqualTo(new TimeSpan(5_000, 7_000));
    }

    @Test
    void theRegionToolSaysWhyItCannotDrawOnASessionWithoutVideo() {
        PlayerViewModel player = player();
        player.open(VideoSession.INFO, VideoSession.log());
        player.toggleRegionTool();
        assertThat(player.drawingRegionProperty().get()).isFalse();
        assertThat(player.regionHintProperty().get()).contains("no screen recording");
    }
}
