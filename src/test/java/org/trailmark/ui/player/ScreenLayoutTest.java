package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionLogBuilder;

class ScreenLayoutTest {

    @Test
    void declaredScreensAreKeptAndBoxedTogetherWhateverTheirOffsets() {
        List<Screen> screens = List.of(new Screen(0, 0, 0, 2560, 1440, 2.0), new Screen(1, -1920, 300, 1920, 1080, 1.0));
        ScreenLayout layout = ScreenLayout.of(screens, new SessionLogBuilder().build());
        assertThat(layout.screens()).isEqualTo(screens);
        assertThat(layout.inferred()).isFalse();
        assertThat(layout.minX()).isEqualTo(-1920);
        assertThat(layout.minY()).isZero();
        assertThat(layout.width()).isEqualTo(4480);
        assertThat(layout.height()).isEqualTo(1440);
    }

    @Test
    void aCaptureWithoutScreensGetsOneAsLargeAsWhereThePointerWent() {
        ScreenLayout layout = ScreenLayout.of(List.of(),
                new SessionLogBuilder().pointerMove(0, 10, 10).pointerMove(5, 1365, 767).build());
        assertThat(layout.inferred()).isTrue();
        assertThat(layout.width()).isEqualTo(1366);
        assertThat(layout.height()).isEqualTo(768);
    }

    @Test
    void aCaptureWithoutScreensOrPointerGetsAFullHdScreen() {
        ScreenLayout layout = ScreenLayout.of(List.of(), new SessionLogBuilder().key(0, true, "KeyA", "a").build());
        assertThat(layout.screens()).containsExactly(ScreenLayout.FALLBACK);
    }

    @Test
    void theStageFitsTheBoxBelowTheCaptionAndCentresIt() {
        ScreenLayout layout = ScreenLayout.of(List.of(new Screen(0, 0, 0, 1000, 500, 1.0)),
                new SessionLogBuilder().build());
        ReplayStageView.Transform t = ReplayStageView.Transform.fit(layout, 1028, 1000);
        assertThat(t.scale()).isEqualTo(1.0);
        assertThat(t.x(0)).isEqualTo(14.0);
        assertThat(t.x(1000)).isEqualTo(1014.0);
        assertThat(t.y(0)).isGreaterThanOrEqualTo(ReplayStageView.CAPTION_HEIGHT);
    }
}
