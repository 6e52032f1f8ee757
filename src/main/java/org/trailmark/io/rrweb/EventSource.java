package org.trailmark.io.rrweb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.SequenceInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.trailmark.io.ducktrack.LineReader;
import org.trailmark.io.ducktrack.ProblemSink;

/**
 * Hands the events of an rrweb file to a consumer one at a time, as they are parsed: an array or an
 * {@code {"events": [...]}} wrapper through one streaming parser (one event's tree in memory at a
 * time, never the array), JSON lines one line at a time.
 *
 * <p>Damage: a bad line of JSON lines costs that line. In an array, JSON that breaks part-way costs
 * the event it broke in: reading goes on at the next event's start ({@link ArrayResync}). A file
 * cut off ends with the last whole event.
 */
final class EventSource {
    /** Receives each event with the 1-based line it starts on and its 1-based position in the file. */
    @FunctionalInterface
    interface Consumer {
        void event(JsonNode event, long line, long index) throws IOException;
    }

    static final int MAX_LINE_CHARS = RrwebJson.MAX_STRING_CHARS;

    private final Path file;
    private final ProblemSink sink;
    private final Consumer consumer;
    private long index;

    private EventSource(Path file, ProblemSink sink, Consumer consumer) {
        this.file = file;
        this.sink = sink;
        this.consumer = consumer;
    }

    /**
     * Reads every event of the (already decompressed) stream. I/O failures of the stream propagate;
     * JSON damage becomes warnings.
     *
     * @return how many events (readable or not) the file held as far as it could be read
     */
    static long read(Path file, InputStream in, ProblemSink sink, Consumer consumer) throws IOException {
        // A .jsonl name says one event a line, whatever its first line looks like after damage.
        boolean linesByName = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.jsonl(\\.gz)?");
        BufferedInputStream buffered = new BufferedInputStream(in, 64 * 1024);
        buffered.mark(RrwebSniffer.PEEK_BYTES + 1);
        byte[] head = buffered.readNBytes(RrwebSniffer.PEEK_BYTES);
        buffered.reset();
        RrwebSniffer.Layout layout = RrwebSniffer.layout(head, head.length);
        EventSource source = new EventSource(file, sink, consumer);
        if (layout == null && !linesByName) {
            sink.error(file, 1, head.length == 0 ? "empty file: nothing imported"
                    : "does not start like an rrweb recording (an array of {type, data, timestamp} events): nothing imported");
            return 0;
        }
        if (layout == RrwebSniffer.Layout.LINES || linesByName) {
            source.lines(buffered);
        } else {
            source.array(buffered, layout == RrwebSniffer.Layout.WRAPPER);
        }
        return source.index;
    }

    private void lines(InputStream in) throws IOException {
        LineReader reader = new LineReader(new InputStreamReader(in, StandardCharsets.UTF_8), MAX_LINE_CHARS);
        String line;
        while ((line = reader.next()) != null) {
            long n = reader.lineNumber();
            if (reader.lastTooLong()) {
                index++;
                sink.warn(file, n, "event " + index + ": line is longer than " + MAX_LINE_CHARS + " characters: skipped");
                continue;
            }
            if (line.isBlank()) {
                continue;
            }
            index++;
            JsonNode event;
            try {
                event = RrwebJson.LINE_MAPPER.readTree(line);
            } catch (StreamConstraintsException e) {
                sink.warn(file, n, "event " + index + ": nested more than " + RrwebJson.MAX_DEPTH + " deep: skipped");
                continue;
            } catch (JacksonException e) {
                sink.warn(file, n, "event " + index + (reader.lastTerminated() ? ": not valid JSON: skipped"
                        : ": the last line is cut off (the recording probably stopped mid-write): skipped"));
                continue;
            }
            consumer.event(event, n, index);
        }
    }

    private void array(InputStream in, boolean wrapped) throws IOException {
        JsonParser p = RrwebJson.FACTORY.createParser(in);
        boolean found;
        try {
            found = wrapped ? enterWrappedArray(p) : p.nextToken() == JsonToken.START_ARRAY;
        } catch (JacksonException e) {
            found = false;
        }
        if (!found) {
            p.close();
            sink.error(file, 1, "the events array was not found: nothing imported");
            return;
        }
        long lineBase = 0;
        while (p != null) {
            p.setCodec(RrwebJson.ELEMENT_MAPPER);
            Resume resume;
            try (JsonParser current = p) {
                resume = elements(current, lineBase, in);
            }
            p = resume == null ? null : resume.parser();
            lineBase = resume == null ? 0 : resume.lineBase();
        }
    }

    /** Where reading goes on after damage: a parser at the next event, and the lines before it. */
    private record Resume(JsonParser parser, long lineBase) {
    }

    /** Reads array elements until the array ends (null) or the JSON breaks (where to go on, or null). */
    private Resume elements(JsonParser p, long lineBase, InputStream rest) throws IOException {
        while (true) {
            JsonToken token;
            long line;
            try {
                token = p.nextToken();
                if (token == null) {
                    sink.warn(file, lineBase + p.currentLocation().getLineNr(), "the file ends before the events"
                            + " array is closed (the recording was probably cut off): the " + index
                            + " events read were kept");
                    return null;
                }
                if (token == JsonToken.END_ARRAY) {
                    return null;
                }
                line = lineBase + p.currentTokenLocation().getLineNr();
                index++;
                if (token != JsonToken.START_OBJECT) {
                    sink.warn(file, line, "event " + index + " is not a JSON object: skipped");
                    p.skipChildren();
                    continue;
                }
                JsonNode event = p.readValueAsTree();
                consumer.event(event, line, index);
            } catch (JacksonException e) {
                return broken(p, e, lineBase, rest);
            }
        }
    }

    /**
     * Reports JSON that broke and finds the next event after it ({@link ArrayResync}), so that one
     * damaged byte in a single-line array costs the event it hit, not the rest of the recording.
     */
    private Resume broken(JsonParser p, JacksonException e, long lineBase, InputStream rest) throws IOException {
        long line = lineBase + Math.max(1, e.getLocation() != null && e.getLocation().getLineNr() > 0
                ? e.getLocation().getLineNr() : p.currentLocation().getLineNr());
        if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
            sink.warn(file, line, "the file ends inside event " + index + " (the recording was probably cut off):"
                    + " the events before it were kept");
            return null;
        }
        String what = e instanceof StreamConstraintsException
                ? "nested more than " + RrwebJson.MAX_DEPTH + " deep or holding a string longer than "
                        + RrwebJson.MAX_STRING_CHARS + " characters"
                : "not valid JSON";
        ByteArrayOutputStream buffered = new ByteArrayOutputStream();
        p.releaseBuffered(buffered);
        InputStream remaining = new SequenceInputStream(new ByteArrayInputStream(buffered.toByteArray()), rest);
        ArrayResync resync = new ArrayResync();
        byte[] start = resync.next(remaining);
        if (start == null) {
            sink.warn(file, line, "event " + index + " is " + what + " and no event follows it: the events before it"
                    + " were kept");
            return null;
        }
        sink.warn(file, line, "event " + index + " is " + what + ": skipped, reading goes on at the next event"
                + " found");
        byte[] open = new byte[start.length + 1];
        open[0] = '[';
        System.arraycopy(start, 0, open, 1, start.length);
        JsonParser next = RrwebJson.FACTORY.createParser(new SequenceInputStream(new ByteArrayInputStream(open),
                remaining));
        next.nextToken(); // the '[' put back
        return new Resume(next, line - 1 + resync.lineBreaks());
    }

    /** Moves the parser into the {@code events} array of the wrapper object. */
    private static boolean enterWrappedArray(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            if (name.equals(RrwebSniffer.WRAPPER_FIELD) && value == JsonToken.START_ARRAY) {
                return true;
            }
            p.skipChildren();
        }
        return false;
    }
}
