package org.trailmark.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.FrameMask;
import org.trailmark.model.ScreenRegion;

/**
 * Every frame pixel that shows any part of a masked region is covered, every other pixel is left
 * as it was, for random screens, captured areas, frame sizes (a video scaled from the screen, or
 * decoded smaller still) and regions, some reaching past the captured area.
 */
class MaskPainterProperties {
    /** Whether frame pixel {@code p} (covering {@code [p, p+1)}) shows part of screen span {@code [from, to)}. */
    private static boolean overlaps(int p, int from, int to, int capturedFrom, int capturedSize, int frameSize) {
        // frame position of screen s is (s - capturedFrom) * frameSize / capturedSize: compare exactly, in longs
        long lo = ((long) from - capturedFrom) * frameSize;
        long hi = ((long) to - capturedFrom) * frameSize;
        return (long) p * capturedSize < hi && (long) (p + 1) * capturedSize > lo;
    }

    @Property(tries = 300)
    void regionsAreCoveredWhollyAndNothingElseIsTouched(@ForAll long seed,
                                                        @ForAll @IntRange(min = 1, max = 4) int regionCount) {
        Random r = new Random(seed);
        ScreenRegion captured = new ScreenRegion(r.nextInt(-3_000, 3_000), r.nextInt(-1_000, 1_000),
                1 + r.nextInt(3_000), 1 + r.nextInt(2_000));
        int width = 1 + r.nextInt(320);
        int height = 1 + r.nextInt(200);
        List<ScreenRegion> regions = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            int x = captured.x() + r.nextInt(-200, captured.width() + 50);
            int y = captured.y() + r.nextInt(-200, captured.height() + 50);
            regions.add(new ScreenRegion(x, y, 1 + r.nextInt(Math.max(1, captured.width() / 2)),
                    1 + r.nextInt(Math.max(1, captured.height() / 2))));
        }
        int[] original = new int[width * height];
        for (int i = 0; i < original.length; i++) {
            original[i] = 0xFF000000 | r.nextInt(0x1000000);
        }
        int[] frame = original.clone();

        MaskPainter.paint(frame, width, height, new FrameMask(null, regions), captured);

        for (int py = 0; py < height; py++) {
            for (int px = 0; px < width; px++) {
                boolean inside = false;
                for (ScreenRegion g : regions) {
                    inside |= overlaps(px, g.x(), g.right(), captured.x(), captured.width(), width)
                            && overlaps(py, g.y(), g.bottom(), captured.y(), captured.height(), height);
                }
                int pixel = frame[py * width + px];
                if (inside) {
                    assertThat(pixel).as("pixel %d,%d inside a region", px, py)
                            .isIn(MaskPainter.FILL, MaskPainter.BORDER);
                } else {
                    assertThat(pixel).as("pixel %d,%d outside every region", px, py)
                            .isEqualTo(original[py * width + px]);
                }
            }
        }
    }

    @Property(tries = 100)
    void aHiddenPictureKeepsNothingOfTheFrame(@ForAll @IntRange(min = 1, max = 400) int width,
                                              @ForAll @IntRange(min = 1, max = 300) int height) {
        int[] frame = new int[width * height];
        Arrays.fill(frame, 0xFFFF0000); // pure red: any survivor would not be grey

        MaskPainter.paint(frame, width, height, new FrameMask(FlagCategory.PASSWORD, List.of()),
                new ScreenRegion(0, 0, 1366, 768));

        for (int pixel : frame) {
            int red = (pixel >> 16) & 0xFF;
            int green = (pixel >> 8) & 0xFF;
            int blue = pixel & 0xFF;
            assertThat(pixel >>> 24).isEqualTo(0xFF);
            assertThat(red).isEqualTo(green).isEqualTo(blue).isGreaterThanOrEqualTo(0x80);
        }
    }

    @Test
    void aHiddenPictureNamesTheCategoryWhenAFontIsAvailable() {
        boolean fonts;
        try {
            fonts = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames().length > 0;
        } catch (RuntimeException | Error e) {
            fonts = false;
        }
        assumeTrue(fonts, "a font to draw with");
        int[] frame = new int[640 * 360];

        MaskPainter.paint(frame, 640, 360, new FrameMask(FlagCategory.PERSONAL_DATA, List.of()),
                new ScreenRegion(0, 0, 1920, 1080));

        long lettering = Arrays.stream(frame).filter(p -> p != MaskPainter.FILL).count();
        assertThat(lettering).isPositive();
        // the label sits in the middle band, the corners are plain fill
        assertThat(frame[0]).isEqualTo(MaskPainter.FILL);
        assertThat(frame[frame.length - 1]).isEqualTo(MaskPainter.FILL);
    }

    @Test
    void anEmptyMaskChangesNothingAndARegionGetsABorderAroundItsFill() {
        int[] frame = new int[100 * 50];
        Arrays.fill(frame, 0xFF123456);
        MaskPainter.paint(frame, 100, 50, FrameMask.NONE, new ScreenRegion(0, 0, 200, 100));
        assertThat(frame).containsOnly(0xFF123456);

        // the screen is twice the frame: screen 20..60 x 20..60 is frame 10..30 x 10..30
        MaskPainter.paint(frame, 100, 50, new FrameMask(null, List.of(new ScreenRegion(20, 20, 40, 40))),
                new ScreenRegion(0, 0, 200, 100));
        assertThat(frame[10 * 100 + 10]).isEqualTo(MaskPainter.BORDER);
        assertThat(frame[20 * 100 + 20]).isEqualTo(MaskPainter.FILL);
        assertThat(frame[29 * 100 + 29]).isEqualTo(MaskPainter.BORDER);
        assertThat(frame[30 * 100 + 30]).isEqualTo(0xFF123456);
        assertThat(frame[9 * 100 + 9]).isEqualTo(0xFF123456);
    }
}
