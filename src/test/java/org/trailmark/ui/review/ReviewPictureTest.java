package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.ReviewService;
import org.trailmark.store.AuditActions;
import org.trailmark.store.AuditEntry;
import org.trailmark.store.MediaStore;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.player.FrameWorkers;
import org.trailmark.ui.player.PictureMasks;
import org.trailmark.ui.player.PlayerViewModel;
import org.trailmark.ui.player.VideoSession;

/**
 * The review decides what of the recorded picture the player hides: flagged and private spans hide
 * it whole until an audited reveal (the same reveal that shows hidden text), the recorded person's
 * view hides every flag's span, and a region flag covers only its area, leaving the text readable.
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
        MediaStore.StoredFile stored = workspace.mediaStore().store(video);
        workspace.addSession(VideoSession.INFO, VideoSession.log(), List.of(VideoSession.media(stored.sha256())),
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
        return org.trailmark.ui.player.PlayerPictures.describe(player);
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
        Flag flag = review.flagMarks(FlagCategory.PERSONAL_DATA, "customer record").orElseThrow();
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("HIDDEN Personal data");
        player.seek(4_500);
        assertThat(shown(player)).isEqualTo("FRAME");

        review.selectedFlagIdProperty().set(flag.id());
        assertThat(review.revealFlag()).isTrue();
        player.seek(3_500);
        assertThat(shown(player)).isEqualTo("FRAME");
        assertThat(workspace.audit(ID)).extracting(AuditEntry::action).contains(AuditActions.REVEAL);
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
    void aRegionFlagCoversItsAreaButNotTheTypedText() {
        ScreenRegion chat = new ScreenRegion(900, 400, 300, 200);
        Flag region = new Flag(7, ID, 3_000, 4_000, FlagCategory.THIRD_PARTY, "chat", FlagSource.MANUAL, null, null,
                FlagStatus.CONFIRMED, chat);
        Flag whole = new Flag(8, ID, 6_000, 7_000, FlagCategory.PASSWORD, null, FlagSource.MANUAL, null, null,
                FlagStatus.CONFIRMED);
        PictureMasks masks = FlagPictureMasks.of(List.of(region, whole), false, Set.of());
        assertThat(masks.at(3_500)).isEqualTo(new FrameMask(null, List.of(chat)));
        assertThat(masks.at(4_000)).isEqualTo(FrameMask.NONE);
        assertThat(masks.at(6_500)).isEqualTo(new FrameMask(FlagCategory.PASSWORD, List.of()));
        assertThat(FlagPictureMasks.of(List.of(region, whole), false, Set.of(7L, 8L)).at(3_500))
                .isEqualTo(FrameMask.NONE);

        PlayerViewModel player = player();
        player.open(VideoSession.INFO, VideoSession.log());
        ReviewTracks.show(player, List.of(), List.of(region, whole), List.of(), false, Set.of());
        assertThat(player.maskedSpans().covers(3_500)).isFalse();
        assertThat(player.maskedSpans().covers(6_500)).isTrue();
    }
}
