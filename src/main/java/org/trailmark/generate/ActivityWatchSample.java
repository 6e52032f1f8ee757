package org.trailmark.generate;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes {@code sample-sessions/activitywatch/aw-buckets-export.json}: a day of ActivityWatch
 * window, AFK and browser-tab events from the host of the bundled DuckTrack example
 * ({@code ducktrack-example/}, recorded 2023-10-20 17:19:53 to 17:20:26 local time).
 *
 * <p>DuckTrack writes its start time without a time zone and Trailmark reads it in the computer's
 * zone, so the recording's place on the UTC clock depends on where it is imported. The export
 * therefore repeats one pattern every hour from 03:00 to 06:00 UTC the next day: in any whole-hour
 * zone, the 33 seconds of the recording fall on the same switches between windows, one away stretch
 * and one browser tab. Fixed content, no randomness: the same bytes every run.
 */
public final class ActivityWatchSample {
    /** The {@code node} of the DuckTrack example's metadata.json. */
    static final String HOST = "lawn-143-215-60-123.lawn.gatech.edu";
    private static final Instant FIRST_HOUR = Instant.parse("2023-10-20T03:00:00Z");
    private static final int HOURS = 28;

    /** One stretch of the hourly pattern: seconds from the hour, seconds long, what was shown. */
    private record Stretch(double atS, double durationS, String app, String title) {
    }

    /** Around minute 19:53–20:26 of every hour: the recording's local time in a whole-hour zone. */
    private static final Stretch[] WINDOWS = {
        new Stretch(0, 1180, "Finder", "Downloads"),
        new Stretch(1180, 12.5, "Safari", "DuckTrack – GitHub"),
        new Stretch(1192.5, 9.25, "Terminal", "DuckTrack — python main.py — 80×24"),
        new Stretch(1201.75, 11.0, "Safari", "DuckTrack – GitHub"),
        new Stretch(1212.75, 14.75, "OBS", "OBS 30.0.0 - Profile: Untitled"),
        new Stretch(1227.5, 2372.5, "Safari", "ActivityWatch documentation"),
    };
    private static final Stretch[] TABS = {
        new Stretch(1180, 21.75, null, "https://github.com/TheDuckAI/DuckTrack"),
        new Stretch(1227.5, 2372.5, null, "https://docs.activitywatch.net/en/latest/"),
    };
    /** Away from the keyboard for 8 s while OBS starts, then back. */
    private static final Stretch[] AWAY = {
        new Stretch(0, 1214, "not-afk", null),
        new Stretch(1214, 8, "afk", null),
        new Stretch(1222, 2378, "not-afk", null),
    };

    private ActivityWatchSample() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args.length > 0 ? args[0] : "sample-sessions/activitywatch/aw-buckets-export.json"));
    }

    public static void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeObjectFieldStart("buckets");
            bucket(g, "aw-watcher-window_" + shortHost(), "currentwindow", "aw-watcher-window", HOST, WINDOWS,
                    ActivityWatchSample::window);
            bucket(g, "aw-watcher-afk_" + shortHost(), "afkstatus", "aw-watcher-afk", HOST, AWAY, ActivityWatchSample::afk);
            bucket(g, "aw-watcher-web-safari_" + shortHost(), "web.tab.current", "aw-client-web", HOST, TABS, ActivityWatchSample::tab);
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    private static String shortHost() {
        return HOST.substring(0, HOST.indexOf('.'));
    }

    private static void bucket(JsonGenerator g, String id, String type, String client, String host, Stretch[] pattern,
                               DataWriter data) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("id", id);
        g.writeStringField("created", stamp(FIRST_HOUR));
        g.writeNullField("name");
        g.writeStringField("type", type);
        g.writeStringField("client", client);
        g.writeStringField("hostname", host);
        g.writeArrayFieldStart("events");
        // aw-server exports newest first
        for (int hour = HOURS - 1; hour >= 0; hour--) {
            for (int i = pattern.length - 1; i >= 0; i--) {
                Stretch s = pattern[i];
                g.writeStartObject();
                g.writeStringField("timestamp", stamp(FIRST_HOUR.plus(hour, ChronoUnit.HOURS)
                        .plusMillis(Math.round(s.atS() * 1000))));
                g.writeNumberField("duration", s.durationS());
                g.writeObjectFieldStart("data");
                data.write(g, s);
                g.writeEndObject();
                g.writeEndObject();
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Writes one event's {@code data} object's fields. */
    @FunctionalInterface
    private interface DataWriter {
        void write(JsonGenerator g, Stretch s) throws IOException;
    }

    private static void window(JsonGenerator g, Stretch s) throws IOException {
        g.writeStringField("app", s.app());
        g.writeStringField("title", s.title());
    }

    private static void afk(JsonGenerator g, Stretch s) throws IOException {
        g.writeStringField("status", s.app());
    }

    private static void tab(JsonGenerator g, Stretch s) throws IOException {
        g.writeStringField("url", s.title());
        g.writeStringField("title", s.title().contains("github") ? "DuckTrack – GitHub" : "ActivityWatch documentation");
        g.writeBooleanField("audible", false);
        g.writeBooleanField("incognito", false);
    }

    /** aw-server's form: microseconds and an explicit +00:00. */
    private static String stamp(Instant at) {
        String text = at.toString();
        String withoutZ = text.substring(0, text.length() - 1);
        int dot = withoutZ.indexOf('.');
        String fraction = dot < 0 ? "000000" : (withoutZ.substring(dot + 1) + "000000").substring(0, 6);
        return (dot < 0 ? withoutZ : withoutZ.substring(0, dot)) + "." + fraction + "+00:00";
    }
}
