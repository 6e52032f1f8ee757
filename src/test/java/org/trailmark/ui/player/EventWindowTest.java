package org.trailmark.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventWindowTest {

    @Test
    void aSmallSessionIsShownWhole() {
        assertThat(EventWindow.startFor(1_500, -1, 1_900)).isZero();
    }

    @Test
    void theWindowCentresOnTheEventWhenItHasToMove() {
        assertThat(EventWindow.startFor(500_000, -1, 1_000_000)).isEqualTo(500_000 - EventWindow.SIZE / 2);
    }

    @Test
    void theWindowStaysPutWhileThePlayheadIsAwayFromItsEdges() {
        int start = 10_000;
        assertThat(EventWindow.startFor(start + EventWindow.MARGIN, start, 1_000_000)).isEqualTo(start);
        assertThat(EventWindow.startFor(start + EventWindow.SIZE - EventWindow.MARGIN - 1, start, 1_000_000))
                .isEqualTo(start);
        assertThat(EventWindow.startFor(start + EventWindow.SIZE - EventWindow.MARGIN, start, 1_000_000))
                .isGreaterThan(start);
        assertThat(EventWindow.startFor(start + EventWindow.MARGIN - 1, start, 1_000_000)).isLessThan(start);
    }

    @Test
    void theWindowNeverRunsPastEitherEndOfTheSession() {
        assertThat(EventWindow.startFor(3, -1, 1_000_000)).isZero();
        assertThat(EventWindow.startFor(999_999, -1, 1_000_000)).isEqualTo(1_000_000 - EventWindow.SIZE);
        assertThat(EventWindow.startFor(999_999, 1_000_000 - EventWindow.SIZE, 1_000_000))
                .isEqualTo(1_000_000 - EventWindow.SIZE);
        assertThat(EventWindow.startFor(2, 0, 1_000_000)).isZero();
    }

    @Test
    void everyEventFallsInsideTheWindowChosenForIt() {
        int total = 50_000;
        int start = -1;
        for (int i = 0; i < total; i += 37) {
            start = EventWindow.startFor(i, start, total);
            assertThat(i).isBetween(start, start + EventWindow.SIZE - 1);
        }
        for (int i = total - 1; i >= 0; i -= 411) {
            start = EventWindow.startFor(i, start, total);
            assertThat(i).isBetween(start, start + EventWindow.SIZE - 1);
        }
    }
}
