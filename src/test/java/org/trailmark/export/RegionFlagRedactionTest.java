package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.Flag;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ScreenRegion;
import org.trailmark.review.ReviewFixtures;

/** A region flag masks its area of the screen and, like every masking flag, the keys and titles of its stretch. */
class RegionFlagRedactionTest {
    @Test
    void theTypingOfARegionFlagsStretchIsRemovedLikeAnyFlaggedStretch() {
        Flag region = Flag.region("s", 0, ReviewFixtures.DURATION_MS, new ScreenRegion(0, 0, 10, 10),
                FlagCategory.THIRD_PARTY, null);

        RedactedSession redacted = Redactor.redact(ReviewFixtures.log(), List.of(region));

        assertThat(redacted.masked()).singleElement()
                .satisfies(span -> assertThat(span).containsExactly(0, ReviewFixtures.DURATION_MS));
        assertThat(redacted.originals()).anySatisfy(o -> assertThat(o).contains(ReviewFixtures.TYPED_TEXT));
        assertThat(redacted.counts()).containsEntry("flag.third_party", 1);
        assertThat(redacted.maskedTitles()).contains(ReviewFixtures.WINDOW_TITLE);
    }
}
