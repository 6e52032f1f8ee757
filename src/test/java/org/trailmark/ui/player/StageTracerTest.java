package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.replay.ReplayIndex;

class StageTracerTest {

    private static StageSnapshot at(SessionLog log, int ms, double speed) {
        return new StageTracer(log).trace(ReplayIndex.build(log).stateAt(ms), speed);
    }

    @Test
    void theTrailHoldsTheLastTwoSecondsOfPointerPositionsOldestFirst() {
        SessionLogBuilder b = new SessionLogBuilder();
        for (int t = 0; t <= 5_000; t += 8) {
            b.pointerMove(t, t / 8, 100);
        }
        StageSnapshot s = at(b.build(), 5_000, 1);
        assertThat(s.trailLength()).isBetween(240, 251);
        assertThat(s.trailX()[s.trailLength() - 1]).isEqualTo(625f);
        assertThat(s.trailAge()[0]).isGreaterThan(s.trailAge()[s.trailLength() - 1]);
        assertThat(s.trailAge()[s.trailLength() - 1]).isZero();
        assertThat(s.pointerX()).isEqualTo(625);
    }

    @Test
    void aLongTrailAtHighSpeedIsThinnedButStillEndsAtThePointer() {
        SessionLogBuilder b = new SessionLogBuilder();
        for (int t = 0; t <= 60_000; t += 8) {
            b.pointerMove(t, t / 8 % 1900, 100);
        }
        StageSnapshot s = at(b.build(), 60_000, 64);
        assertThat(s.trailLength()).isLessThanOrEqualTo(StageTracer.MAX_TRAIL_POINTS);
        assertThat((int) s.trailX()[s.trailLength() - 1]).isEqualTo(s.pointerX());
    }

    @Test
    void clicksRippleInTheirButtonAndASecondQuickPressIsADoubleClick() {
        SessionLog log = new SessionLogBuilder()
                .button(1_000, true, PointerButton.LEFT, 50, 50).button(1_060, false, PointerButton.LEFT, 50, 50)
                .button(1_200, true, PointerButton.LEFT, 51, 50).button(1_260, false, PointerButton.LEFT, 51, 50)
                .button(1_400, true, PointerButton.RIGHT, 300, 300).button(1_450, false, PointerButton.RIGHT, 300, 300)
                .build();
        StageSnapshot s = at(log, 1_500, 1);
        assertThat(s.ripples()).extracting(StageSnapshot.Ripple::button)
                .containsExactly(PointerButton.LEFT, PointerButton.LEFT, PointerButton.RIGHT);
        assertThat(s.ripples()).extracting(StageSnapshot.Ripple::doubleClick).containsExactly(false, true, false);
        assertThat(s.ripples().get(0).age()).isGreaterThan(s.ripples().get(2).age());
        assertThat(at(log, 5_000, 1).ripples()).isEmpty();
    }

    @Test
    void aHeldButtonThatMovedDrawsAnActiveDragLineAndAReleasedOneAFadingLine() {
        SessionLog log = new SessionLogBuilder()
                .button(1_000, true, PointerButton.LEFT, 10, 10)
                .pointerMove(1_100, 100, 80)
                .pointerMove(1_200, 200, 150)
                .button(1_300, false, PointerButton.LEFT, 200, 150)
                .build();
        StageSnapshot during = at(log, 1_200, 1);
        assertThat(during.drags()).singleElement().satisfies(d -> {
            assertThat(d.active()).isTrue();
            assertThat(d.fromX()).isEqualTo(10);
            assertThat(d.toX()).isEqualTo(200);
        });
        StageSnapshot after = at(log, 1_400, 1);
        assertThat(after.drags()).singleElement().satisfies(d -> {
            assertThat(d.active()).isFalse();
            assertThat(d.toY()).isEqualTo(150);
        });
    }

    @Test
    void aClickThatDidNotMoveIsNoDrag() {
        SessionLog log = new SessionLogBuilder()
                .button(1_000, true, PointerButton.LEFT, 10, 10).button(1_080, false, PointerButton.LEFT, 12, 11)
                .build();
        assertThat(at(log, 1_100, 1).drags()).isEmpty();
    }

    @Test
    void aBurstOfWheelNotchesIsOneScrollMark() {
        SessionLog log = new SessionLogBuilder()
                .wheel(1_000, 400, 400, 0, -1).wheel(1_050, 401, 400, 0, -1).wheel(1_100, 401, 402, 0, -1)
                .wheel(1_500, 900, 100, 0, 2)
                .build();
        StageSnapshot s = at(log, 1_600, 1);
        assertThat(s.scrolls()).hasSize(2);
        assertThat(s.scrolls().get(0).dy()).isEqualTo(-3);
        assertThat(s.scrolls().get(1).dy()).isEqualTo(2);
    }

    @Test
    void marksLastLongerInSessionTimeAtHigherSpeeds() {
        SessionLog log = new SessionLogBuilder()
                .button(1_000, true, PointerButton.LEFT, 50, 50).button(1_060, false, PointerButton.LEFT, 50, 50)
                .pointerMove(20_000, 60, 60)
                .build();
        assertThat(at(log, 10_000, 1).ripples()).isEmpty();
        assertThat(at(log, 10_000, 64).ripples()).hasSize(1);
    }
}
