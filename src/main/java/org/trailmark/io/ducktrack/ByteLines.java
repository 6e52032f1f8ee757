package org.trailmark.io.ducktrack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, for the fast path of {@link RecordingReader};
 * lines the fast parser cannot read are decoded one by one ({@link #text()}) exactly as
 * {@link LineReader} would have returned them: a trailing CR and a first line's byte-order mark
 * dropped, undecodable bytes replaced, a line that ended without a line break marked.
 *
 * <p>Memory stays bounded: a line longer than {@code maxLineBytes} is dropped while it is read and
 * only marked too long. Every byte read goes through {@code digest} when one is given.
 */
final class ByteLines {
    private static final int BLOCK = 1 << 20;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final MessageDigest digest;
    private final int maxLineBytes;
    private byte[] buffer = new byte[BLOCK];
    private int position;
    private int limit;
    private boolean eof;
    private long lineNumber;
    private int start;
    private int end;
    private int rawLength;
    private int strippedChars;
    private boolean terminated;
    private boolean tooLong;

    ByteLines(InputStream in, MessageDigest digest, int maxLineBytes) {
        this.in = in;
        this.digest = digest;
        this.maxLineBytes = maxLineBytes;
    }

    /** Moves to the next line; false at the end of the input. */
    boolean next() throws IOException {
        tooLong = false;
        int scanFrom = position;
        while (true) {
            int newline = indexOfNewline(scanFrom, limit);
            if (newline >= 0) {
                return line(position, newline, true);
            }
            if (eof) {
                if (position == limit && !tooLong) {
                    return false;
                }
                return line(position, limit, false);
            }
            if (limit - position >= maxLineBytes) {
                // Keep nothing of an endless line: drop what was read and look only for its end.
                tooLong = true;
                position = limit;
            }
            scanFrom = limit - position;
            fill();
            scanFrom += position;
        }
    }

    private boolean line(int from, int to, boolean withBreak) throws IOException {
        lineNumber++;
        terminated = withBreak;
        position = withBreak ? to + 1 : to;
        if (tooLong) {
            start = end = from;
            return true;
        }
        rawLength = to - from;
        strippedChars = 0;
        int stop = to;
        if (stop > from && buffer[stop - 1] == '\r') {
            stop--;
            strippedChars++;
        }
        int first = from;
        if (lineNumber == 1 && stop - first >= 3 && buffer[first] == BYTE_ORDER_MARK[0]
                && buffer[first + 1] == BYTE_ORDER_MARK[1] && buffer[first + 2] == BYTE_ORDER_MARK[2]) {
            first += 3;
            strippedChars++;
        }
        start = first;
        end = stop;
        return true;
    }

    /** Moves the unread part to the front and reads more after it; sets {@code eof} at the end. */
    private void fill() throws IOException {
        int kept = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        limit = kept;
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, maxLineBytes + BLOCK));
        }
        int n = in.read(buffer, limit, buffer.length - limit);
        if (n < 0) {
            eof = true;
            return;
        }
        if (digest != null) {
            digest.update(buffer, limit, n);
        }
        limit += n;
    }

    private int indexOfNewline(int from, int to) {
        byte[] b = buffer;
        for (int i = from; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    byte[] buffer() {
        return buffer;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    /** The line as text, undecodable bytes replaced. */
    String text() {
        return new String(buffer, start, end - start, StandardCharsets.UTF_8);
    }

    /** Bytes of the line before a trailing CR and a byte-order mark were dropped. */
    int rawLength() {
        return rawLength;
    }

    /** Characters dropped from the line: a trailing CR, a first line's byte-order mark. */
    int strippedChars() {
        return strippedChars;
    }

    long lineNumber() {
        return lineNumber;
    }

    /** Whether the current line ended with a line break. */
    boolean terminated() {
        return terminated;
    }

    /** Whether the current line was longer than the limit (its bytes are not kept). */
    boolean tooLong() {
        return tooLong;
    }
}
