package org.trailmark.media;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes opaque ARGB pictures as PNG (8-bit RGB, lossless: screens hold text). Built for speed on
 * screen content rather than the smallest file: each row is filtered with "Up" (screens repeat a lot
 * from one row to the next, so most filtered bytes are zero) and deflated at the fastest level.
 * The output depends only on the pixels, so the same frame always gives the same bytes.
 *
 * <p>One encoder per thread: it keeps its row buffers and deflater between pictures.
 */
public final class PngEncoder implements AutoCloseable {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int FILTER_NONE = 0;
    private static final int FILTER_UP = 2;

    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private byte[] previous = new byte[0];
    private byte[] current = new byte[0];
    private byte[] filtered = new byte[0];
    private byte[] compressed = new byte[64 * 1024];

    /** The PNG file's bytes for a {@code width × height} picture of opaque ARGB pixels, row after row. */
    public byte[] encode(int[] argb, int width, int height) {
        if (width <= 0 || height <= 0 || argb.length < width * height) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height);
        }
        int rowBytes = width * 3;
        if (current.length != rowBytes) {
            previous = new byte[rowBytes];
            current = new byte[rowBytes];
            filtered = new byte[rowBytes + 1];
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream(width * height / 2 + 1024);
        deflater.reset();
        for (int y = 0; y < height; y++) {
            int base = y * width;
            for (int x = 0, i = 0; x < width; x++, i += 3) {
                int p = argb[base + x];
                current[i] = (byte) (p >> 16);
                current[i + 1] = (byte) (p >> 8);
                current[i + 2] = (byte) p;
            }
            if (y == 0) {
                filtered[0] = FILTER_NONE;
                System.arraycopy(current, 0, filtered, 1, rowBytes);
            } else {
                filtered[0] = FILTER_UP;
                for (int i = 0; i < rowBytes; i++) {
                    filtered[i + 1] = (byte) (current[i] - previous[i]);
                }
            }
            deflater.setInput(filtered, 0, rowBytes + 1);
            drain(idat, Deflater.NO_FLUSH);
            byte[] swap = previous;
            previous = current;
            current = swap;
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(compressed, 0, compressed.length);
            idat.write(compressed, 0, n);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream(idat.size() + 64);
        png.writeBytes(SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits per channel
        header[9] = 2; // colour type: RGB
        // compression, filter method and interlace stay 0: deflate, adaptive filters, no interlace
        chunk(png, "IHDR", header, header.length);
        byte[] data = idat.toByteArray();
        chunk(png, "IDAT", data, data.length);
        chunk(png, "IEND", new byte[0], 0);
        return png.toByteArray();
    }

    private void drain(ByteArrayOutputStream out, int flush) {
        while (!deflater.needsInput()) {
            int n = deflater.deflate(compressed, 0, compressed.length, flush);
            if (n == 0) {
                break;
            }
            out.write(compressed, 0, n);
        }
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
