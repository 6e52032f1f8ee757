package org.trailmark.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes opaque ARGB pictures as PNG (8-bit RGB, lossless: screens hold text). Built for speed rather
 * than the smallest file: every row is stored with filter type 0 ("None") and the whole picture is
 * deflated in one call at the fastest level. On decoded screen video (the AgentNet fixture) "None" was
 * both the fastest and the smallest of None, Sub and Up at that level (docs/export.md gives the
 * figures). The output depends only on the pixels, so the same frame always gives the same bytes.
 *
 * <p>One encoder per thread: it keeps its buffers and deflater between pictures.
 */
public final class PngEncoder implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_NONE = 0;

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] raw = new byte[0];
    private byte[] compressed = new byte[0];

    /** The PNG file's bytes for a {@code width × height} picture of opaque ARGB pixels, row after row. */
    public byte[] encode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
        int rowBytes = 1 + width * 3;
        int length = Math.multiplyExact(rowBytes, height);
        if (raw.length < length) {
            raw = new byte[length];
            // room for incompressible input: deflate adds a few bytes per stored block
            compressed = new byte[length + length / 1000 + 1024];
        }
        int o = 0;
        for (int y = 0; y < height; y++) {
            raw[o++] = FILTER_NONE;
            for (int i = y * width, end = i + width; i < end; i++) {
                int p = argb[i];
                raw[o] = (byte) (p >> 16);
                raw[o + 1] = (byte) (p >> 8);
                raw[o + 2] = (byte) p;
                o += 3;
            }
        }
        deflater.reset();
        deflater.setInput(raw, 0, length);
        deflater.finish();
        int n = 0;
        while (!deflater.finished()) {
            if (n == compressed.length) {
                compressed = java.util.Arrays.copyOf(compressed, compressed.length * 2);
            }
            n += deflater.deflate(compressed, n, compressed.length - n);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(n + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace stay 0: deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header, header.length);
        chunk(png, "IDAT", compressed, n);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] word = new byte[4];
        putInt(word, 0, length);
        out.writeBytes(word);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        putInt(word, 0, (int) crc.getValue());
        out.writeBytes(word);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    @Override
    public void close() {
        deflater.end();
    }
}
