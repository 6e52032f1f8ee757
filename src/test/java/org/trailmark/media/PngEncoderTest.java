package org.trailmark.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Property(tries = 40)
    void everyPixelComesBackExactly(@ForAll @IntRange(min = 1, max = 70) int width,
                                    @ForAll @IntRange(min = 1, max = 50) int height,
                                    @ForAll long seed, @ForAll boolean flat) throws IOException {
        int[] argb = picture(width, height, seed, flat);
        try (PngEncoder encoder = new PngEncoder()) {
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(encoder.encode(argb, width, height)));
            assertThat(back.getWidth()).isEqualTo(width);
            assertThat(back.getHeight()).isEqualTo(height);
            assertThat(back.getRGB(0, 0, width, height, null, 0, width)).isEqualTo(argb);
        }
    }

    @Test
    void theSamePixelsGiveTheSameBytesWhateverWasEncodedBefore() {
        int[] screen = picture(640, 360, 7, true);
        try (PngEncoder a = new PngEncoder(); PngEncoder b = new PngEncoder()) {
            b.encode(picture(33, 17, 1, false), 33, 17);
            b.encode(picture(640, 360, 2, false), 640, 360);
            assertThat(b.encode(screen, 640, 360)).isEqualTo(a.encode(screen, 640, 360));
        }
    }

    @Test
    void aLargeFlatScreenCompressesWell() {
        int[] screen = picture(1280, 720, 3, true);
        try (PngEncoder encoder = new PngEncoder()) {
            assertThat(encoder.encode(screen, 1280, 720).length).isLessThan(1280 * 720 * 3 / 20);
        }
    }

    /** Random noise, or screen-like: flat areas with a few rectangles and text-like speckles. */
    private static int[] picture(int width, int height, long seed, boolean flat) {
        Random r = new Random(seed);
        int[] argb = new int[width * height];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = flat ? 0xFFF0F0F0 : 0xFF000000 | r.nextInt(0x1000000);
        }
        if (flat) {
            for (int k = 0; k < 20; k++) {
                int x0 = r.nextInt(width);
                int y0 = r.nextInt(height);
                int colour = 0xFF000000 | r.nextInt(0x1000000);
                for (int y = y0; y < Math.min(height, y0 + 1 + r.nextInt(40)); y++) {
                    for (int x = x0; x < Math.min(width, x0 + 1 + r.nextInt(80)); x++) {
                        argb[y * width + x] = (x + y) % 3 == 0 ? 0xFF000000 : colour;
                    }
                }
            }
        }
        return argb;
    }
}
