package org.trailmark.io.ducktrack;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a text file line by line, knowing whether the last line was finished (a recorder that
 * crashed leaves it half written) and refusing to grow a line without bound (binary garbage may
 * contain no line break at all: the excess is dropped and the line marked too long). Give it a
 * reader that replaces undecodable bytes (as {@code InputStreamReader} does) so one bad byte
 * damages one line, not the rest of the file.
 */
public final class LineReader {
    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long lineNumber;
    private boolean lastTerminated = true;
    private boolean lastTooLong;
    private boolean first = true;

    public LineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public String next() throws IOException {
        StringBuilder line = new StringBuilder(128);
        boolean sawAny = false;
        lastTooLong = false;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (!sawAny) {
                        return null;
                    }
                    lastTerminated = false;
                    return finish(line);
                }
            }
            sawAny = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            append(line, start, position);
            if (position < limit) {
                position++;
                lastTerminated = true;
                return finish(line);
            }
        }
    }

    private void append(StringBuilder line, int from, int to) {
        int room = maxLineChars - line.length();
        int n = to - from;
        if (n > room) {
            lastTooLong = true;
            n = Math.max(room, 0);
        }
        line.append(buffer, from, n);
    }

    private String finish(StringBuilder line) {
        lineNumber++;
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            line.setLength(end - 1);
        }
        if (first) {
            first = false;
            if (line.length() > 0 && line.charAt(0) == '\uFEFF') {
                line.deleteCharAt(0);
            }
        }
        return line.toString();
    }

    public long lineNumber() {
        return lineNumber;
    }

    /** Whether the line last returned ended with a line break. */
    public boolean lastTerminated() {
        return lastTerminated;
    }

    public boolean lastTooLong() {
        return lastTooLong;
    }
}
