package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FlagSource;
import org.trailmark.model.FlagStatus;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;
import org.trailmark.replay.TimeSpan;

class ScreenMasksTest {
    private static final ScreenRegion CHAT = new ScreenRegion(1200, 600, 700, 400);
    private static final ScreenRegion RECORD = new ScreenRegion(0, 0, 300, 200);

    private static Flag span(long id, int from, int to, FlagCategory category) {
        return Flag.manual("s", from, to, category, null).withId(id);
    }

    private static Flag region(long id, int from, int to, ScreenRegion area) {
        return Flag.region("s", from, to, area, FlagCategory.THIRD_PARTY, null).withId(id);
    }

    @Test
    void theMostSensitiveCategoryNamesAPictureHiddenByTwoFlags() {
        ScreenMasks masks = ScreenMasks.of(List.of(span(1, 0, 100, FlagCategory.OTHER),
                span(2, 50, 80, FlagCategory.PASSWORD), span(3, 60, 90, FlagCategory.THIRD_PARTY),
                span(4, 70, 120, FlagCategory.PRIVATE)), Set.of());

        assertThat(masks.at(10).hiddenBy()).isEqualTo(FlagCategory.OTHER);
        assertThat(masks.at(55).hiddenBy()).isEqualTo(FlagCategory.PASSWORD);
        assertThat(masks.at(85).hiddenBy()).isEqualTo(FlagCategory.PRIVATE);
        assertThat(masks.at(119).hiddenBy()).isEqualTo(FlagCategory.PRIVATE);
        assertThat(masks.at(120)).isEqualTo(FrameMask.NONE);
        assertThat(masks.at(-1)).isEqualTo(FrameMask.NONE);
        assertThat(masks.maskedSpans()).containsExactly(new TimeSpan(0, 120));
    }

    @Test
    void regionsAddUpWhileTheyOverlapAndEndWithTheirFlags() {
        ScreenMasks masks = ScreenMasks.of(List.of(region(1, 100, 300, CHAT), region(2, 200, 400, RECORD)), Set.of());

        assertThat(masks.at(99)).isEqualTo(FrameMask.NONE);
        assertThat(masks.at(100)).isEqualTo(new FrameMask(null, List.of(CHAT)));
        assertThat(masks.at(250).regions()).containsExactlyInAnyOrder(CHAT, RECORD);
        assertThat(masks.at(300)).isEqualTo(new FrameMask(null, List.of(RECORD)));
        assertThat(masks.at(400)).isEqualTo(FrameMask.NONE);
        assertThat(masks.maskedSpans()).isEmpty();
    }

    @Test
    void aRevealedRegionOrSpanShowsAgainButNotAPrivateMarkOfTheRecordedPerson() {
        Flag privateMark = new Flag(3, "s", 0, 1_000, FlagCategory.PRIVATE, null, FlagSource.SUBJECT, null, null,
                FlagStatus.CONFIRMED, RECORD);
        List<Flag> flags = List.of(region(1, 0, 1_000, CHAT), span(2, 500, 600, FlagCategory.PASSWORD), privateMark);

        ScreenMasks revealed = ScreenMasks.of(flags, Set.of(1L, 2L, 3L));

        assertThat(revealed.at(550)).isEqualTo(new FrameMask(null, List.of(RECORD)));
        assertThat(ScreenMasks.of(flags, Set.of()).at(550).hiddenBy()).isEqualTo(FlagCategory.PASSWORD);
    }

    @Test
    void everyFlagMasksInTheRecordedPersonsOwnViewEvenRejectedOnes() {
        List<Flag> flags = List.of(span(1, 0, 100, FlagCategory.THIRD_PARTY).withStatus(FlagStatus.REJECTED));

        assertThat(ScreenMasks.of(flags, Set.of()).isEmpty()).isTrue();
        assertThat(ScreenMasks.ofEveryFlag(flags).at(50).hiddenBy()).isEqualTo(FlagCategory.THIRD_PARTY);
    }

    @Test
    void noFlagsMaskNothing() {
        assertThat(ScreenMasks.of(List.of(), Set.of()).at(0)).isEqualTo(FrameMask.NONE);
        assertThat(ScreenMasks.NONE.maskedSpans()).isEmpty();
    }
}
