package org.trailmark.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.trailmark.media.MediaException;
import org.trailmark.media.VideoEncoder;

/**
 * A 1280×720 H.264 recording that looks like a desktop to an encoder: a flat background, a window of
 * text-like lines that scrolls now and then, and a moving pointer; a keyframe every 250 frames as OBS
 * writes them. Deterministic for a seed.
 */
final class ScreenLikeVideo {
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    static final int FPS = 30;
    private static final int WINDOW_X = 80;
    private static final int WINDOW_Y = 60;
    private static final int WINDOW_W = 1120;
    private static final int WINDOW_H = 600;
    private static final int LINE = 20;

    private ScreenLikeVideo() {
    }

    static Path write(Path file, int seconds, long seed) throws MediaException {
        int frames = seconds * FPS;
        int[] text = textPage(frames / 15 + WINDOW_H / LINE + 1, new Random(seed));
        int[] argb = new int[WIDTH * HEIGHT];
        try (VideoEncoder encoder = VideoEncoder.create(file, WIDTH, HEIGHT, FPS, FPS, 250, VideoEncoder.Codec.H264)) {
            for (int i = 0; i < frames; i++) {
                Arrays.fill(argb, 0xFFE8EBEF);
                int scroll = (i / 15) * LINE; // a line every half second
                for (int y = 0; y < WINDOW_H; y++) {
                    System.arraycopy(text, (scroll + y) * WINDOW_W, argb, (WINDOW_Y + y) * WIDTH + WINDOW_X, WINDOW_W);
                }
                int px = 100 + (i * 7) % (WIDTH - 200);
                int py = 100 + (i * 3) % (HEIGHT - 200);
                for (int y = py; y < py + 16; y++) {
                    Arrays.fill(argb, y * WIDTH + px, y * WIDTH + px + 1 + (y - py) / 2, 0xFF000000);
                }
                encoder.write(argb, i);
            }
        }
        return file;
    }

    /** Lines of dark glyph-sized marks on white, as text looks from afar. */
    private static int[] textPage(int lines, Random random) {
        int[] page = new int[WINDOW_W * lines * LINE];
        Arrays.fill(page, 0xFFFFFFFF);
        for (int line = 0; line < lines; line++) {
            int x = 16;
            int end = 200 + random.nextInt(WINDOW_W - 240);
            while (x < end) {
                int glyph = 4 + random.nextInt(6);
                int top = line * LINE + 5 + random.nextInt(2);
                for (int y = top; y < top + 10; y++) {
                    for (int gx = x; gx < x + glyph; gx++) {
                        if (((gx + y) & 3) != 0) {
                            page[y * WINDOW_W + gx] = 0xFF202428;
                        }
                    }
                }
                x += glyph + 2 + (random.nextInt(6) == 0 ? 6 : 0);
            }
        }
        return page;
    }
}
