package org.trailmark.io.rrweb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
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
 * <p>Damage: a bad line of JSON lines costs that line. In an array, JSON that breaks part-way ends
 * the read there (what follows cannot be told apart from the broken event's insides): the events
 * before it are kept and a warning says where it broke.
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
        try (JsonParser p = RrwebJson.FACTORY.createParser(in)) {
            p.setCodec(RrwebJson.ELEMENT_MAPPER);
            boolean found;
            try {
                found = wrapped ? enterWrappedArray(p) : p.nextToken() == JsonToken.START_ARRAY;
            } catch (JacksonException e) {
                found = false;
            }
            if (!found) {
                sink.error(file, 1, "the events array was not found: nothing imported");
                return;
            }
            JsonToken token;
            while ((token = next(p)) != null && token != JsonToken.END_ARRAY) {
                index++;
                long line = p.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    sink.warn(file, line, "event " + index + " is not a JSON object: skipped");
                    if (!skip(p)) {
                        return;
                    }
                    continue;
                }
                JsonNode event = readEvent(p, line);
                if (event == null) {
                    return;
                }
                consumer.event(event, line, index);
            }
            if (token == null) {
                sink.warn(file, p.currentLocation().getLineNr(), "the file ends before the events array is closed"
                        + " (the recording was probably cut off): the " + index + " events read were kept");
            }
        }
    }

    /** The next token, or null (with a warning) when the JSON breaks here. */
    private JsonToken next(JsonParser p) throws IOException {
        try {
            JsonToken t = p.nextToken();
            if (t == null) {
                return null;
            }
            return t;
        } catch (JacksonException e) {
            broken(p, e, index);
            return JsonToken.END_ARRAY;
        }
    }

    private JsonNode readEvent(JsonParser p, long line) throws IOException {
        try {
            return p.readValueAsTree();
        } catch (StreamConstraintsException e) {
            sink.warn(file, line, "event " + index + " is nested more than " + RrwebJson.MAX_DEPTH
                    + " deep or holds a string longer than " + RrwebJson.MAX_STRING_CHARS
                    + " characters: the " + (index - 1) + " events before it were kept, the rest was not read");
            return null;
        } catch (JacksonException e) {
            broken(p, e, index - 1);
            return null;
        }
    }

    private boolean skip(JsonParser p) throws IOException {
        try {
            p.skipChildren();
            return true;
        } catch (JacksonException e) {
            broken(p, e, index - 1);
            return false;
        }
    }

    private void broken(JsonParser p, JacksonException e, long before) {
        long line = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation().getLineNr()
                : p.currentLocation().getLineNr();
        boolean cutOff = e instanceof com.fasterxml.jackson.core.io.JsonEOFException;
        sink.warn(file, Math.max(1, line), cutOff
                ? "the file ends after event " + before + " (the recording was probably cut off): the "
                        + before + " events before were kept"
                : "not valid JSON after event " + before + ": the " + before
                        + " events before were kept, the rest was not read");
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
