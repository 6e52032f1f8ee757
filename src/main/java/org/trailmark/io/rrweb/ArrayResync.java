package org.trailmark.io.rrweb;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Finds where the next event starts after JSON that broke inside an array. rrweb's recorder
 * writes every event as {@code {"type":N,"data":{…}} (JSON.stringify keeps its key order), and
 * the page's nodes inside an event never have a {@code data} key right after their type, so
 * {@code {"type":<digits>,"data":{} marks an event's start even in a single-line file. Reads the
 * stream byte by byte up to that mark, counting the line breaks it passes.
 */
final class ArrayResync {
    private static final byte[] PREFIX = "{\"type\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MIDDLE = ",\"data\":{".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_DIGITS = 4;

    private long lineBreaks;

    /** Line breaks passed by the last {@link #next} call. */
    long lineBreaks() {
        return lineBreaks;
    }

    /**
     * Skips to the next event start. Returns the bytes read of it (the mark and one byte more), to
     * be put back before the rest of the stream, or null when the stream ends first.
     */
    byte[] next(InputStream in) throws IOException {
        lineBreaks = 0;
        int b = in.read();
        search:
        while (b >= 0) {
            if (b != '{') {
                if (b == '\n') {
                    lineBreaks++;
                }
                b = in.read();
                continue;
            }
            ByteArrayOutputStream mark = new ByteArrayOutputStream();
            mark.write(b);
            for (int i = 1; i < PREFIX.length; i++) {
                b = in.read();
                if (b != PREFIX[i]) {
                    continue search;
                }
                mark.write(b);
            }
            int digits = 0;
            b = in.read();
            while (b >= '0' && b <= '9' && digits <= MAX_DIGITS) {
                mark.write(b);
                digits++;
                b = in.read();
            }
            if (digits == 0 || digits > MAX_DIGITS) {
                continue;
            }
            for (byte expected : MIDDLE) {
                if (b != expected) {
                    continue search;
                }
                mark.write(b);
                b = in.read();
            }
            if (b >= 0) {
                mark.write(b);
            }
            return mark.toByteArray();
        }
        return null;
    }
}
