package org.trailmark.io.activitywatch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** Writes ActivityWatch exports for tests, shaped as aw-server writes them (pretty-printed, one field a line). */
public final class AwExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final ObjectNode root = MAPPER.createObjectNode();
    private final ObjectNode buckets = root.putObject("buckets");

    public Bucket bucket(String type, String hostname) {
        String id = type + "_" + hostname + "_" + buckets.size();
        ObjectNode b = buckets.putObject(id);
        b.put("id", id);
        b.put("created", "2023-10-20T08:00:00.000000+00:00");
        b.put("name", (String) null);
        b.put("type", type);
        b.put("client", "aw-test");
        b.put("hostname", hostname);
        return new Bucket(b.putArray("events"));
    }

    public String json() {
        try {
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path write(Path file) {
        try {
            Files.writeString(file, json(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final class Bucket {
        private final ArrayNode events;

        Bucket(ArrayNode events) {
            this.events = events;
        }

        /** A raw event: {@code timestamp} as given, so tests can break it. */
        public ObjectNode event(String timestamp, double durationS) {
            ObjectNode e = events.addObject();
            e.put("id", events.size());
            e.put("timestamp", timestamp);
            e.put("duration", durationS);
            return e.putObject("data");
        }

        public Bucket window(Instant at, double durationS, String app, String title) {
            ObjectNode data = event(aw(at), durationS);
            data.put("app", app);
            data.put("title", title);
            return this;
        }

        public Bucket afk(Instant at, double durationS, boolean away) {
            event(aw(at), durationS).put("status", away ? "afk" : "not-afk");
            return this;
        }

        public Bucket tab(Instant at, double durationS, String url, String title, boolean incognito) {
            ObjectNode data = event(aw(at), durationS);
            data.put("url", url);
            data.put("title", title);
            data.put("audible", false);
            data.put("incognito", incognito);
            return this;
        }

        /** aw-server's form: microseconds and "+00:00". */
        static String aw(Instant at) {
            return at.toString().replace("Z", "+00:00");
        }
    }
}
