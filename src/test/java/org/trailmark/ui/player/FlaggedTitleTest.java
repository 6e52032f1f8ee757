package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.ui.player.FlaggedTitleSession.APP;
import static org.trailmark.ui.player.FlaggedTitleSession.BEFORE_FLAG_MS;
import static org.trailmark.ui.player.FlaggedTitleSession.FLAG;
import static org.trailmark.ui.player.FlaggedTitleSession.INFO;
import static org.trailmark.ui.player.FlaggedTitleSession.INSIDE_FLAG_MS;
import static org.trailmark.ui.player.FlaggedTitleSession.LOG;
import static org.trailmark.ui.player.FlaggedTitleSession.OPEN_TITLE;
import static org.trailmark.ui.player.FlaggedTitleSession.SECRET_TITLE;
import static org.trailmark.ui.player.FlaggedTitleSession.UNFLAGGED_MS;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.replay.GroupText;
import org.trailmark.replay.TimeSpan;
import org.trailmark.ui.common.SameThreadTaskExecutor;

/** A window title focused inside a masked span is hidden everywhere the player shows titles. */
class FlaggedTitleTest {

    private static PlayerViewModel flagged() {
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
        model.open(INFO, LOG);
        model.setMaskedSpans(List.of(FLAG));
        return model;
    }

    private static List<String> cardTitles(PlayerViewModel model) {
        List<String> titles = new ArrayList<>();
        for (GroupText group : model.typedTextProperty().get()) {
            titles.add(group.title());
        }
        return titles;
    }

    private static List<String> focusRows(PlayerViewModel model) {
        List<String> rows = new ArrayList<>();
        for (EventRow row : model.eventsProperty().get()) {
            if (row.kind() == EventKind.FOCUS) {
                rows.add(row.details());
            }
        }
        return rows;
    }

    @Test
    void theFlaggedTitleIsHiddenInsideTheSpanButTheAppStays() {
        PlayerViewModel model = flagged();
        model.seek(INSIDE_FLAG_MS);
        StageSnapshot stage = model.stageProperty().get();
        assertThat(stage.title()).isNull();
        assertThat(stage.titleHidden()).isTrue();
        assertThat(stage.app()).isEqualTo(APP);
        assertThat(cardTitles(model)).isNotEmpty().containsOnly(MaskedTitles.HIDDEN);
    }

    @Test
    void theFlaggedTitleIsHiddenBeforeTheSpanWhereTheSameWindowIsFocused() {
        PlayerViewModel model = flagged();
        model.seek(BEFORE_FLAG_MS);
        assertThat(model.stageProperty().get().title()).isNull();
        assertThat(model.stageProperty().get().titleHidden()).isTrue();
        assertThat(cardTitles(model)).isNotEmpty().containsOnly(MaskedTitles.HIDDEN);
        assertThat(focusRows(model)).noneMatch(row -> row.contains(SECRET_TITLE));
        assertThat(focusRows(model).get(0)).isEqualTo(APP + " \u2014 " + MaskedTitles.HIDDEN);
    }

    @Test
    void anUnflaggedTitleStillShowsBesideAHiddenOne() {
        PlayerViewModel model = flagged();
        model.seek(UNFLAGGED_MS);
        assertThat(model.stageProperty().get().title()).isEqualTo(OPEN_TITLE);
        assertThat(model.stageProperty().get().titleHidden()).isFalse();
        List<String> titles = cardTitles(model);
        assertThat(titles).first().isEqualTo(OPEN_TITLE);
        assertThat(titles.subList(1, titles.size())).isNotEmpty().containsOnly(MaskedTitles.HIDDEN);
        assertThat(focusRows(model)).last().asString().contains(OPEN_TITLE);
    }

    @Test
    void revealingTheFlagShowsTheTitleAgainAndMaskingHidesItAgain() {
        PlayerViewModel model = flagged();
        model.seek(BEFORE_FLAG_MS);
        // a reveal, or rejecting the flag, leaves its span out of the masked spans
        model.setMaskedSpans(List.of());
        assertThat(model.stageProperty().get().title()).isEqualTo(SECRET_TITLE);
        assertThat(model.stageProperty().get().titleHidden()).isFalse();
        assertThat(cardTitles(model)).containsOnly(SECRET_TITLE);
        assertThat(focusRows(model).get(0)).contains(SECRET_TITLE);

        model.setMaskedSpans(List.of(FLAG));
        assertThat(model.stageProperty().get().title()).isNull();
        assertThat(cardTitles(model)).containsOnly(MaskedTitles.HIDDEN);
    }

    @Test
    void aSpanWithoutAFocusChangeHidesNoTitle() {
        PlayerViewModel model = new PlayerViewModel(new SameThreadTaskExecutor());
        model.open(INFO, LOG);
        model.setMaskedSpans(List.of(new TimeSpan(900, 1_200)));
        model.seek(BEFORE_FLAG_MS);
        assertThat(model.stageProperty().get().title()).isEqualTo(SECRET_TITLE);
    }

    @Test
    void theSnapshotsTextDoesNotNameTheTitle() {
        PlayerViewModel model = flagged();
        model.seek(BEFORE_FLAG_MS);
        assertThat(model.stageProperty().get().toString()).doesNotContain(SECRET_TITLE);
        assertThat(MaskedTitles.of(LOG, model.maskedSpans()).toString()).doesNotContain(SECRET_TITLE);
    }
}
