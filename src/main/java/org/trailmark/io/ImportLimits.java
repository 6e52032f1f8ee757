package org.trailmark.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much one capture may hold before the import stops: a gzip bomb (a small file that inflates
 * to gigabytes of valid lines) must end in a plain error, not in an exhausted memory. Both caps
 * are per file; a capped file imports nothing, since a silently truncated session would pass for
 * a whole one.
 *
 * @param maxEvents        the most events one capture may hold
 * @param maxInflatedBytes the most bytes one capture file may hold once decompressed
 */
public record ImportLimits(long maxEvents, long maxInflatedBytes) {
    /** Generous: ten times the largest reference session (R10) of the performance budget and more. */
    public static final long DEFAULT_MAX_EVENTS = 200_000_000L;
    /** Room for the default number of events at about 80 bytes a line. */
    public static final long DEFAULT_MAX_INFLATED_BYTES = 16L << 30;

    public ImportLimits {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("the events cap must be at least 1");
        }
        if (maxInflatedBytes < 1) {
            throw new IllegalArgumentException("the size cap must be at least 1 byte");
        }
    }

    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_EVENTS, DEFAULT_MAX_INFLATED_BYTES);
    }

    /** A capture beyond a cap; the message names the file and the cap, never content. */
    public static final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        TooLargeException(String message) {
            super(message, null);
        }
    }

    /** Fails when the file holds more events than {@link #maxEvents()}. */
    public void checkEvents(long events, Path file) throws TooLargeException {
        if (events > maxEvents) {
            throw new TooLargeException(tooManyEvents(file));
        }
    }

    String tooManyEvents(Path file) {
        return "more than " + String.format("%,d", maxEvents) + " events in " + file.getFileName()
                + " (the import cap; `trailmark import --max-events` raises it): nothing imported";
    }

    String tooManyBytes(Path file) {
        return "more than " + size(maxInflatedBytes) + " in " + file.getFileName()
                + " once decompressed (the import cap; `trailmark import --max-inflated-bytes` raises it): nothing imported";
    }

    /** Fails at once when the file on disk is already beyond the size cap. */
    public void checkFileSize(Path file) throws IOException {
        if (Files.size(file) > maxInflatedBytes) {
            throw new TooLargeException(tooManyBytes(file));
        }
    }

    /** A stream that fails once more than {@link #maxInflatedBytes()} bytes were read through it. */
    public InputStream countingBytes(InputStream in, Path file) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) throws TooLargeException {
                read += n;
                if (read > maxInflatedBytes) {
                    throw new TooLargeException(tooManyBytes(file));
                }
            }
        };
    }

    /** A byte count in the largest binary unit it fills, as the command line accepts it. */
    static String size(long bytes) {
        String[] units = {"bytes", "KiB", "MiB", "GiB", "TiB"};
        int unit = 0;
        long value = bytes;
        while (unit < units.length - 1 && value % 1024 == 0 && value >= 1024) {
            value /= 1024;
            unit++;
        }
        return String.format("%,d %s", value, units[unit]);
    }
}
