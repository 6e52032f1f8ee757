package org.trailmark.io.activitywatch;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.trailmark.io.Problem;
import org.trailmark.io.ducktrack.ProblemSink;
import org.trailmark.io.ducktrack.RecordingMetadata;

/**
 * Streams an ActivityWatch export ({@code {"buckets": {"<id>": {type, hostname, events: [...]}}}})
 * and hands every usable event to a consumer, so an export of hundreds of MB never sits in memory:
 * only one event at a time is read as a tree. Problems carry {@code file:line}; a damaged file keeps
 * every event before the damage.
 */
public final class ActivityWatchReader {
    /** The name aw-server gives a full export. */
    public static final String EXPORT_FILE_NAME = "aw-buckets-export.json";
    private static final int PEEK_BYTES = 4096;
    /** Reads one event at a time out of the stream: the strict shared mapper would see the next event as trailing. */
    private static final ObjectMapper EVENTS = JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private final Path file;
    private final Consumer<ContextEvent> sink;
    private final ProblemSink problems = new ProblemSink();
    private final TreeSet<String> unusedTypes = new TreeSet<>();
    private final EventReading events;
    private int unusedBuckets;

    private ActivityWatchReader(Path file, Consumer<ContextEvent> sink) {
        this.file = file;
        this.sink = sink;
        this.events = new EventReading(file, problems);
    }

    /**
     * Whether the file looks like an ActivityWatch export: a JSON object whose first field is
     * {@code buckets} (as aw-server writes it), judged from its first bytes.
     */
    public static boolean looksLikeExport(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(file);
             JsonParser p = EVENTS.getFactory().createParser(in.readNBytes(PEEK_BYTES))) {
            return p.nextToken() == JsonToken.START_OBJECT && p.nextToken() == JsonToken.FIELD_NAME
                    && "buckets".equals(p.currentName());
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads the export; every event kept goes to {@code sink} in file order. Never throws on bad content. */
    public static List<Problem> read(Path file, Consumer<ContextEvent> sink) {
        ActivityWatchReader reader = new ActivityWatchReader(file, sink);
        List<Problem> all = new ArrayList<>(reader.readAll());
        all.addAll(reader.notes());
        return all;
    }

    private List<Problem> readAll() {
        try (InputStream in = Files.newInputStream(file); JsonParser p = EVENTS.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.error(file, 1, "not an ActivityWatch export: the file is not a JSON object");
                return problems.problems();
            }
            boolean buckets = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if ("buckets".equals(name) && value == JsonToken.START_OBJECT) {
                    buckets = true;
                    readBuckets(p);
                } else {
                    p.skipChildren();
                }
            }
            if (!buckets) {
                problems.error(file, 0, "not an ActivityWatch export: no \"buckets\" object");
            }
        } catch (JsonProcessingException e) {
            // Jackson's message may quote the file's text; the place is enough.
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            problems.warn(file, line, "the JSON is damaged here: the rest of the export was not read");
        } catch (IOException e) {
            problems.error(file, 0, "could not be read (" + e.getClass().getSimpleName() + ")");
        }
        return problems.problems();
    }

    private void readBuckets(JsonParser p) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            long line = p.currentTokenLocation().getLineNr();
            if (p.nextToken() == JsonToken.START_OBJECT) {
                readBucket(p);
            } else {
                p.skipChildren();
                problems.warn(file, line, "a bucket is not a JSON object: skipped");
            }
        }
    }

    /** The bucket's events are read as they come once its type and host are known, buffered before. */
    private void readBucket(JsonParser p) throws IOException {
        BucketHeader header = new BucketHeader();
        List<PendingEvent> early = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "type" -> header.type(value == JsonToken.VALUE_STRING ? p.getText() : null);
                case "hostname" -> header.host(value == JsonToken.VALUE_STRING ? p.getText() : null);
                case "events" -> readEvents(p, value, header, early);
                default -> p.skipChildren();
            }
        }
        for (PendingEvent e : early) {
            use(header, e.event(), e.line());
        }
        header.usedType().ifPresentOrElse(t -> { }, () -> {
            unusedBuckets++;
            unusedTypes.add(header.typeForNote());
        });
    }

    private void readEvents(JsonParser p, JsonToken value, BucketHeader header, List<PendingEvent> early)
            throws IOException {
        long arrayLine = p.currentTokenLocation().getLineNr();
        if (value != JsonToken.START_ARRAY) {
            p.skipChildren();
            problems.warn(file, arrayLine, "a bucket's events are not a JSON array: skipped");
            return;
        }
        if (header.complete() && header.usedType().isEmpty()) {
            p.skipChildren();
            return;
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            JsonNode event = EVENTS.readTree(p);
            if (header.complete()) {
                use(header, event, line);
            } else {
                early.add(new PendingEvent(event, line));
            }
        }
    }

    private void use(BucketHeader header, JsonNode event, long line) {
        Optional<BucketType> type = header.usedType();
        if (type.isPresent()) {
            events.read(type.get(), header.hostPseudonym(), event, line).ifPresent(sink);
        }
    }

    private List<Problem> notes() {
        List<Problem> notes = new ArrayList<>();
        if (unusedBuckets > 0) {
            notes.add(Problem.note(file, unusedBuckets + " bucket(s) of types Trailmark does not use were skipped ("
                    + String.join(", ", unusedTypes) + "); only currentwindow, afkstatus and web.tab.current"
                    + " are read"));
        }
        notes.addAll(events.notes());
        return notes;
    }

    private record PendingEvent(JsonNode event, long line) {
    }

    /** What a bucket says about itself; fields may come in any order. */
    private static final class BucketHeader {
        private static final int MAX_TYPE_IN_NOTE = 40;
        private String type;
        private String host;
        private boolean typeSeen;
        private boolean hostSeen;

        void type(String value) {
            type = value;
            typeSeen = true;
        }

        void host(String value) {
            host = value;
            hostSeen = true;
        }

        boolean complete() {
            return typeSeen && hostSeen;
        }

        Optional<BucketType> usedType() {
            return BucketType.ofName(type);
        }

        /** A bucket type name is the watcher's, not captured content; long or odd ones are cut. */
        String typeForNote() {
            if (type == null) {
                return "no type";
            }
            String printable = type.replaceAll("[^A-Za-z0-9._-]", "?");
            return printable.length() > MAX_TYPE_IN_NOTE ? printable.substring(0, MAX_TYPE_IN_NOTE) + "…" : printable;
        }

        /** aw-watcher-web names its host "unknown": no host then, like a bucket that names none. */
        String hostPseudonym() {
            if (host == null || host.isBlank() || "unknown".equals(host)) {
                return null;
            }
            return RecordingMetadata.pseudonym(host);
        }
    }
}
