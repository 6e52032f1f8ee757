package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.player.FlaggedTitleSession.BEFORE_FLAG_MS;
import static org.trailmark.ui.player.FlaggedTitleSession.FLAG;
import static org.trailmark.ui.player.FlaggedTitleSession.INFO;
import static org.trailmark.ui.player.FlaggedTitleSession.LOG;
import static org.trailmark.ui.player.FlaggedTitleSession.SECRET_TITLE;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagStatus;
import org.trailmark.review.ReviewService;
import org.trailmark.store.Workspace;
import org.trailmark.ui.common.SameThreadTaskExecutor;
import org.trailmark.ui.review.ReviewViewModel;

/** The flags of a real workspace, as the review hands them to the player, decide which titles hide. */
class FlaggedTitleReviewTest {
    @TempDir
    Path dir;
    private Workspace workspace;
    private PlayerViewModel player;
    private Flag flag;

    @BeforeEach
    void open() {
        workspace = Workspace.open(dir.resolve("ws.trailmark"));
        workspace.sessions().add(INFO, LOG, null, "test");
        flag = new ReviewService(workspace, "Bea").addFlag(
                Flag.manual(INFO.id(), FLAG.startMs(), FLAG.endMs(), FlagCategory.PERSONAL_DATA, null));
        player = new PlayerViewModel(new SameThreadTaskExecutor());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private String shownTitle() {
        player.seek(BEFORE_FLAG_MS);
        StageSnapshot stage = player.stageProperty().get();
        return stage.titleHidden() ? MaskedTitles.HIDDEN : stage.title();
    }

    @Test
    void aConfirmedFlagHidesTheTitleUntilTheAuditedReveal() {
        ReviewViewModel review = new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, INFO.id());
        assertThat(shownTitle()).isEqualTo(MaskedTitles.HIDDEN);

        review.flagging().selectedFlagIdProperty().set(flag.id());
        assertThat(review.flagging().revealFlag()).isTrue();
        assertThat(shownTitle()).isEqualTo(SECRET_TITLE);
    }

    @Test
    void rejectingTheFlagShowsTheTitleToTheReviewerButNotToTheSubject() {
        new ReviewService(workspace, "Bea").setFlagStatus(flag.id(), FlagStatus.REJECTED);
        new ReviewViewModel(workspace, player, "Ada");
        player.load(workspace, INFO.id());
        assertThat(shownTitle()).isEqualTo(SECRET_TITLE);

        PlayerViewModel subjectPlayer = new PlayerViewModel(new SameThreadTaskExecutor());
        ReviewViewModel.forSubject(workspace, subjectPlayer);
        subjectPlayer.load(workspace, INFO.id());
        subjectPlayer.seek(BEFORE_FLAG_MS);
        assertThat(subjectPlayer.stageProperty().get().titleHidden()).isTrue();
        assertThat(subjectPlayer.stageProperty().get().title()).isNull();
    }
}
