package org.trailmark.io.rrweb;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Recognises an rrweb file from its name and its first few KB: an array of events, an
 * {@code {"events": [...]}} wrapper, or JSON lines, whose first event has a whole-number
 * {@code type}, an object {@code data} and a numeric {@code timestamp}. Other JSON (the native
 * format's header, a recorder's metadata) has none of these together.
 */
final class RrwebSniffer {
    static final int PEEK_BYTES = 16 * 1024;
    static final String WRAPPER_FIELD = "events";

    /** How the events are laid out in the file. */
    enum Layout {
        /** A JSON array of events, as rrweb's examples and rrvideo save them. */
        ARRAY,
        /** {@code {"events": [...]}}, as rrweb's guide posts them to a server. */
        WRAPPER,
        /** One event per line. */
        LINES
    }

    private RrwebSniffer() {
    }

    static boolean hasRrwebName(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".json") || n.endsWith(".jsonl") || n.endsWith(".json.gz") || n.endsWith(".jsonl.gz");
    }

    static boolean isGzip(Path path) {
        return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
    }

    /** Whether the file starts like an rrweb recording. */
    static boolean accepts(Path path) {
        if (!hasRrwebName(path) || !Files.isRegularFile(path)) {
            return false;
        }
        byte[] head = new byte[PEEK_BYTES];
        int n = 0;
        try (InputStream raw = Files.newInputStream(path);
             InputStream in = isGzip(path) ? new GZIPInputStream(raw) : raw) {
            int r;
            while (n < head.length && (r = in.read(head, n, head.length - n)) > 0) {
                n += r;
            }
        } catch (IOException e) {
            if (n == 0) {
                return false; // not gzip, or unreadable: whatever was read is judged below
            }
        }
        return layout(head, n) != null;
    }

    /** The layout of a file whose first {@code n} bytes are {@code head}, or null when it does not look like rrweb. */
    static Layout layout(byte[] head, int n) {
        try (JsonParser p = RrwebJson.FACTORY.createParser(head, 0, n)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return p.nextToken() == JsonToken.START_OBJECT && looksLikeEvent(p, null) ? Layout.ARRAY : null;
            }
            if (first != JsonToken.START_OBJECT) {
                return null;
            }
            String name = p.nextFieldName();
            if (name == null) {
                return null;
            }
            if (isEventField(name)) {
                return looksLikeEvent(p, name) ? Layout.LINES : null;
            }
            while (name != null && !name.equals(WRAPPER_FIELD)) {
                p.nextToken();
                p.skipChildren();
                name = p.nextFieldName();
            }
            return name != null && p.nextToken() == JsonToken.START_ARRAY && p.nextToken() == JsonToken.START_OBJECT
                    && looksLikeEvent(p, null) ? Layout.WRAPPER : null;
        } catch (JacksonException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isEventField(String name) {
        return name.equals("type") || name.equals("data") || name.equals("timestamp");
    }

    /**
     * Reads the fields of the object the parser is in. When the peek ends inside a large
     * {@code data} (a page snapshot), a type and data seen so far are enough.
     */
    private static boolean looksLikeEvent(JsonParser p, String currentField) {
        boolean type = false;
        boolean data = false;
        boolean timestamp = false;
        try {
            String name = currentField != null ? currentField : p.nextFieldName();
            while (name != null) {
                JsonToken value = p.nextToken();
                switch (name) {
                    case "type" -> type = value == JsonToken.VALUE_NUMBER_INT && p.getIntValue() >= 0;
                    case "timestamp" -> timestamp = value == JsonToken.VALUE_NUMBER_INT
                            || value == JsonToken.VALUE_NUMBER_FLOAT;
                    case "data" -> {
                        data = value == JsonToken.START_OBJECT;
                        if (data && type) {
                            // Large snapshots may not fit the peek; type and data are telling enough.
                            try {
                                p.skipChildren();
                            } catch (IOException cut) {
                                return true;
                            }
                        } else {
                            p.skipChildren();
                        }
                    }
                    default -> p.skipChildren();
                }
                name = p.nextFieldName();
            }
        } catch (IOException e) {
            return type && data;
        }
        return type && data && timestamp;
    }
}
