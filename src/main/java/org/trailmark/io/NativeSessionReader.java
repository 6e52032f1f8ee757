package org.trailmark.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Reads one native capture file ({@code .jsonl} or {@code .jsonl.gz}, docs/session-format.md).
 *
 * <p>It streams: the file is read in blocks and each line is parsed where it lies, so memory
 * holds the event columns and a few blocks, never the file's JSON. Lines in the plain shape go
 * through {@link NativeFastLineParser}; any other line goes through Jackson, with the same result.
 *
 * <p>It never throws on content. A bad header is an ERROR and nothing is imported; a bad event
 * line is a WARNING and only that line is skipped; a file cut off mid-line or mid-gzip keeps
 * everything before the cut. A readable header with no readable events still gives a session
 * (with a warning), so that a capture that stopped at once is visible rather than lost.
 *
 * <p>A time that goes backwards holds the next lines back ({@link NativeClockHold}) until they show
 * which line is at fault, so one damaged {@code t} costs one line. A file beyond the caps of
 * {@link ImportLimits} (events, decompressed bytes) stops with an ERROR and gives no session.
 */
public final class NativeSessionReader {
    private final boolean fastPath;
    private long fallbackLines;

    public NativeSessionReader() {
        this(true);
    }

    /** With {@code fastPath} false every line goes through Jackson: for tests that compare the two. */
    NativeSessionReader(boolean fastPath) {
        this.fastPath = fastPath;
    }

    /**
     * Reads the file. The result holds one session, whose problems (warnings only) are also the
     * result's problems, or no session and an ERROR problem. A reader keeps counters, so use one
     * per thread ({@link NativeImporter} makes one per call).
     */
    public ReadResult read(Path file, ImportOptions options) {
        FileRead read = new FileRead(file, options == null ? ImportOptions.defaults() : options);
        ParsedSession session;
        try {
            session = read.run();
        } catch (RuntimeException e) {
            // A bug must not take the whole import down; the message stays free of content.
            read.problems.error(0, "could not be read because of an internal error (" + e.getClass().getSimpleName()
                    + "); please report it");
            session = null;
        }
        fallbackLines += read.fallbackLines;
        List<Problem> problems = read.problems.all();
        if (session == null) {
            return new ReadResult(List.of(), problems);
        }
        return new ReadResult(List.of(new ParsedSession(file, session.info(), session.log(), problems,
                session.media())), problems);
    }

    /** Event lines that needed the Jackson fallback, over every read of this reader (for the benchmark). */
    long fallbackLines() {
        return fallbackLines;
    }

    /** The state of reading one file. */
    private final class FileRead {
        private final Path file;
        private final ImportOptions options;
        final NativeProblems problems;
        private final NativeEventFields fields = new NativeEventFields();
        private final NativeFastLineParser fast = new NativeFastLineParser();
        private final NativeJacksonLineParser jackson = new NativeJacksonLineParser();
        private final NativeClockHold hold = new NativeClockHold();
        private final ImportLimits limits;

        private SessionInfo info;
        private List<MediaReference> media = List.of();
        private SessionLogBuilder builder;
        private NativeEventAppender appender;
        private boolean microseconds;
        private int expectedEvents = 1024;
        private long lineNo;
        private boolean stop;
        private long fallbackLines;
        private long inflatedBytes;
        /** The line of the last event appended, or 0 when that event came from no single line. */
        private long lastEventLine;

        private byte[] carry = new byte[64 * 1024];
        private int carryLength;
        private boolean carryTooLong;

        FileRead(Path file, ImportOptions options) {
            this.file = file;
            this.options = options;
            this.problems = new NativeProblems(file);
            this.limits = options.limits();
        }

        ParsedSession run() {
            boolean gzip = NativeFormat.isGzipName(file);
            long size;
            try {
                size = Files.size(file);
            } catch (IOException e) {
                problems.error(0, cannotOpen(e));
                return null;
            }
            if (size == 0) {
                problems.error(0, "empty file: no header");
                return null;
            }
            if (!gzip && size > limits.maxInflatedBytes()) {
                problems.error(0, limits.tooManyBytes(file));
                return null;
            }
            expectedEvents = NativeBlockSource.estimateEvents(file, gzip, size);
            NativeBlockSource.Ending ending;
            try (NativeBlockSource source = NativeBlockSource.open(file, gzip)) {
                readBlocks(source);
                ending = stop ? NativeBlockSource.Ending.CLEAN : source.ending();
            } catch (IOException e) {
                problems.error(0, cannotOpen(e));
                return null;
            }
            if (stop) {
                return null;
            }
            long completeLines = lineNo;
            if (carryLength > 0 || carryTooLong) {
                lineNo++;
                finishCarriedLine(true);
            }
            while (hold.active()) {
                resolveHold();
            }
            if (builder != null && builder.size() > limits.maxEvents()) {
                problems.error(0, limits.tooManyEvents(file));
                return null;
            }
            if (info == null && !problems.hasError()) {
                problems.error(0, switch (ending) {
                    case NOT_GZIP -> "not a gzip file, although the name ends in .gz";
                    case TRUNCATED, DAMAGED -> "the gzip stream ends before the header";
                    case IO_ERROR -> "the file could not be read";
                    case CLEAN -> "empty file: no header";
                });
            }
            if (info == null) {
                return null;
            }
            switch (ending) {
                case TRUNCATED -> problems.warnFile("gzip stream ends early after line " + completeLines
                        + "; the lines before it were kept");
                case DAMAGED -> problems.warnFile("gzip stream is damaged (found after line " + completeLines
                        + "); the lines read were kept but may be wrong");
                case IO_ERROR -> problems.warnFile("the file could not be read past line " + completeLines
                        + "; the lines before it were kept");
                default -> {
                    // clean end
                }
            }
            if (builder.size() == 0) {
                problems.warnFile("no events after the header; the session is imported without events");
            }
            SessionLog log = builder.build();
            return new ParsedSession(file, info, log, List.of(), media);
        }

        private void readBlocks(NativeBlockSource source) throws IOException {
            NativeBlockSource.Block block;
            while (!stop && (block = source.next()) != null) {
                byte[] data = block.data;
                int length = block.length;
                int pos = 0;
                inflatedBytes += length;
                if (inflatedBytes > limits.maxInflatedBytes()) {
                    problems.error(0, limits.tooManyBytes(file));
                    stop = true;
                    return;
                }
                if (carryLength > 0 || carryTooLong) {
                    int newline = NativeBlockSource.indexOfNewline(data, 0, length);
                    if (newline < 0) {
                        addToCarry(data, 0, length);
                        source.release(block);
                        continue;
                    }
                    addToCarry(data, 0, newline);
                    lineNo++;
                    finishCarriedLine(false);
                    pos = newline + 1;
                }
                while (!stop) {
                    int newline = NativeBlockSource.indexOfNewline(data, pos, length);
                    if (newline < 0) {
                        addToCarry(data, pos, length);
                        break;
                    }
                    lineNo++;
                    line(data, pos, newline, false);
                    pos = newline + 1;
                }
                source.release(block);
                // Checked once a block: a bomb of valid lines stops within one block of the cap.
                if (builder != null && builder.size() > limits.maxEvents()) {
                    problems.error(0, limits.tooManyEvents(file));
                    stop = true;
                }
            }
        }

        private void addToCarry(byte[] data, int from, int to) {
            int n = to - from;
            if (n == 0 || carryTooLong) {
                return;
            }
            if ((long) carryLength + n > NativeFormat.MAX_LINE_BYTES) {
                carryTooLong = true;
                carryLength = 0;
                return;
            }
            if (carryLength + n > carry.length) {
                carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carryLength + n));
            }
            System.arraycopy(data, from, carry, carryLength, n);
            carryLength += n;
        }

        private void finishCarriedLine(boolean unterminated) {
            if (carryTooLong) {
                carryTooLong = false;
                if (info == null) {
                    problems.error(lineNo, "the first line is longer than 64 MiB, so it is not a session header");
                    stop = true;
                } else {
                    problems.warn(lineNo, "line is longer than 64 MiB; skipped");
                }
                return;
            }
            int length = carryLength;
            carryLength = 0;
            line(carry, 0, length, unterminated);
        }

        /** One physical line {@code [start, end)} without its line break. */
        private void line(byte[] b, int start, int end, boolean unterminated) {
            if (info == null) {
                header(b, start, end, unterminated);
                return;
            }
            if (fastPath && !hold.active() && fast.canonicalMove(b, start, end) && appendCanonicalMove()) {
                lastEventLine = lineNo;
                return;
            }
            int p = start;
            while (p < end && isWhitespace(b[p])) {
                p++;
            }
            if (p == end) {
                return; // blank lines carry nothing; writers never emit them but editors may
            }
            String malformed = null;
            if (!fastPath || !fast.parse(b, start, end, fields)) {
                fallbackLines++;
                malformed = jackson.parse(b, start, end, fields);
            }
            int t = malformed == null ? appender.timeOf(fields) : -1;
            if (hold.active() || t >= 0 && t < builder.lastTime()) {
                hold.add(b, start, end, lineNo, unterminated, t);
                if (hold.ready()) {
                    resolveHold();
                }
                return;
            }
            if (malformed != null) {
                problems.warn(lineNo, unterminated
                        ? "truncated last line (no line break at the end and not valid JSON); skipped"
                        : malformed + "; line skipped");
                return;
            }
            boolean appended = appender.append(fields);
            if (appended) {
                lastEventLine = lineNo;
            }
            String reason = appender.reason();
            if (reason != null) {
                problems.warn(lineNo, reason);
            } else if (!appended) {
                problems.warn(lineNo, "event skipped");
            }
        }

        /** Judges the held lines ({@link NativeClockHold#resolve}) and reads again those it keeps. */
        private void resolveHold() {
            List<NativeClockHold.Held> again = hold.resolve(builder, appender, problems, lastEventLine);
            lastEventLine = 0;
            long current = lineNo;
            for (NativeClockHold.Held held : again) {
                lineNo = held.line();
                line(held.bytes(), 0, held.bytes().length, held.unterminated());
            }
            lineNo = current;
        }

        /**
         * Appends the move the fast parser just took when it is valid as it stands; otherwise the
         * line takes the general path, which words the warning.
         */
        private boolean appendCanonicalMove() {
            long t = fast.moveT;
            long x = fast.moveX;
            long y = fast.moveY;
            if (t < 0) {
                return false;
            }
            if (microseconds) {
                t = t / 1000;
            }
            t += appender.shiftMs();
            if (t > Integer.MAX_VALUE || t < builder.lastTime() || Math.abs(x) > NativeFormat.COORDINATE_LIMIT
                    || Math.abs(y) > NativeFormat.COORDINATE_LIMIT) {
                return false;
            }
            builder.add((int) t, EventKind.POINTER_MOVE, (int) x, (int) y, 0, 0);
            return true;
        }

        private void header(byte[] b, int start, int end, boolean unterminated) {
            if (lineNo == 1 && end - start >= 3 && b[start] == (byte) 0xEF && b[start + 1] == (byte) 0xBB
                    && b[start + 2] == (byte) 0xBF) {
                start += 3; // a byte order mark some editors add
            }
            stop = true;
            int p = start;
            while (p < end && isWhitespace(b[p])) {
                p++;
            }
            if (p == end) {
                problems.error(lineNo, "no header: the first line is blank");
                return;
            }
            NativeHeader header;
            try {
                header = NativeHeader.parse(b, start, end);
            } catch (NativeHeader.HeaderException e) {
                problems.error(lineNo, e.getMessage()
                        + (unterminated ? " (the file ends inside the header line)" : ""));
                return;
            }
            stop = false;
            for (String warning : header.warnings()) {
                problems.warn(lineNo, warning);
            }
            SessionInfo read = header.info();
            String subject = options.subjectOverride();
            info = subject != null && !subject.isBlank() ? read.withSubject(subject) : read;
            builder = new SessionLogBuilder(expectedEvents);
            appender = new NativeEventAppender(builder, header.microseconds());
            microseconds = header.microseconds();
            media = NativeMedia.resolve(header.media(), file, problems);
        }
    }

    private static boolean isWhitespace(byte c) {
        return c == ' ' || c == '\t' || c == '\r';
    }

    private static String cannotOpen(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "file not found";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read the file: permission denied";
        }
        return "cannot read the file";
    }
}
