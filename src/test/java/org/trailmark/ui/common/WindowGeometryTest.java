package org.trailmark.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowGeometryTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 800);
    private static final Rectangle2D RIGHT_MONITOR = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void aRememberedWindowOffTheScreenAndLargerThanItIsBroughtWhollyOntoIt() {
        Rectangle2D placed = WindowGeometry.clampInto(new Rectangle2D(2600, 1900, 2200, 1500), LAPTOP);
        assertThat(placed).isEqualTo(new Rectangle2D(0, 0, 1280, 800));
    }

    @Test
    void aWindowHangingOverAnEdgeMovesTheLeastDistanceAndKeepsItsSize() {
        assertThat(WindowGeometry.clampInto(new Rectangle2D(1000, -30, 600, 400), LAPTOP))
                .isEqualTo(new Rectangle2D(680, 0, 600, 400));
    }

    @Test
    void aWindowWithoutAPositionIsCentred() {
        assertThat(WindowGeometry.clampInto(new Rectangle2D(Double.NaN, Double.NaN, 800, 600), LAPTOP))
                .isEqualTo(new Rectangle2D(240, 100, 800, 600));
    }

    @Test
    void theScreenHoldingMostOfTheWindowIsChosenAndAnUnpluggedOneFallsBackToThePrimary() {
        List<Rectangle2D> screens = List.of(LAPTOP, RIGHT_MONITOR);
        assertThat(WindowGeometry.screenFor(new Rectangle2D(1100, 100, 900, 600), screens, LAPTOP))
                .isEqualTo(RIGHT_MONITOR);
        assertThat(WindowGeometry.screenFor(new Rectangle2D(-5000, 100, 900, 600), screens, LAPTOP))
                .isEqualTo(LAPTOP);
    }

    @Test
    void aDialogIsCentredOnItsOwnerButNeverPushedOffTheScreen() {
        Rectangle2D owner = new Rectangle2D(900, 500, 300, 200);
        assertThat(WindowGeometry.centredOn(owner, 600, 400, LAPTOP)).isEqualTo(new Rectangle2D(680, 400, 600, 400));
        assertThat(WindowGeometry.centredOn(LAPTOP, 4119, 174, LAPTOP).getWidth()).isEqualTo(1280);
    }

    @Test
    void aDialogsSizeIsItsContentsWithinItsLimitsAndTheScreen() {
        // a one-line message 4,117 px long wraps at the limit instead
        assertThat(WindowGeometry.within(4117, 520, 640, 1278)).isEqualTo(640);
        assertThat(WindowGeometry.within(200, 520, 640, 1278)).isEqualTo(520);
        assertThat(WindowGeometry.within(900, 300, Double.MAX_VALUE, 775)).isEqualTo(775);
    }
}
