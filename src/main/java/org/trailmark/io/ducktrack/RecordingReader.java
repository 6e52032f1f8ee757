package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.io.keys.PynputKeyTranslator;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Streams an {@code events.jsonl} written by a pynput recorder (DuckTrack, AgentNet Tool) into a
 * {@link SessionLog}, one line at a time, and hashes the file's bytes on the way.
 *
 * <p>Times: {@code time_stamp} is {@code time.perf_counter()} seconds with an arbitrary origin;
 * event times become whole milliseconds after the first readable event (rounded). The recorder's
 * mouse and keyboard listeners run on separate threads, so an event can be written a little after
 * a later one: a step back of at most {@value #REORDER_TOLERANCE_MS} ms is repaired by giving the
 * event the previous event's time (one summary warning), a larger one is skipped with a warning.
 *
 * <p>Damage never stops the read: a line that is not JSON, lacks a field, has a wrong type or an
 * absurd number is skipped with a warning naming its line, and the rest is kept.
 */
public final class RecordingReader {

    /** What was read: the log (possibly empty), the file's SHA-256 in hex, and the lines seen. */
    public record Result(SessionLog log, String sha256Hex, long lines) {
    }

    static final int REORDER_TOLERANCE_MS = 50;
    private static final int MAX_LINE_CHARS = 1 << 20;
    // perf_counter counts seconds since boot; beyond ~300 years a value can only be damage.
    private static final double MAX_TIME_STAMP = 1e10;
    private static final double MAX_COORDINATE = 1_000_000;
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Za-z_]{1,32}");

    private final Path file;
    private final ProblemSink sink;
    private final PynputKeyTranslator keys;
    private final List<FocusChange> focus;
    private final SessionLogBuilder events = new SessionLogBuilder(4096);

    private int nextFocus;
    private boolean started;
    private double origin;
    private double lastRaw;
    private int lastT;
    private long repairedOrder;
    private long repairedLine;

    private RecordingReader(Path file, KeyPlatform platform, List<FocusChange> focus, ProblemSink sink) {
        this.file = file;
        this.sink = sink;
        this.keys = new PynputKeyTranslator(platform);
        this.focus = focus;
    }

    /**
     * Reads the file. Focus changes (sorted by time stamp) are merged in time order; those before
     * the first event are placed at time 0. I/O failures propagate; content problems go to the sink.
     */
    public static Result read(Path eventsFile, KeyPlatform platform, List<FocusChange> focusChanges,
                              ProblemSink sink) throws IOException {
        return new RecordingReader(eventsFile, platform, focusChanges, sink).run();
    }

    private Result run() throws IOException {
        MessageDigest sha256 = newSha256();
        long lines;
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream hashed = new DigestInputStream(raw, sha256);
             InputStreamReader text = new InputStreamReader(hashed, StandardCharsets.UTF_8)) {
            LineReader reader = new LineReader(text, MAX_LINE_CHARS);
            String line;
            while ((line = reader.next()) != null) {
                readLine(line, reader);
            }
            lines = reader.lineNumber();
            byte[] rest = new byte[8192];
            while (hashed.read(rest) >= 0) {
                // drain, so the hash covers every byte even if the decoder stopped early
            }
        }
        if (started) {
            while (nextFocus < focus.size()) {
                emitFocus(focus.get(nextFocus++));
            }
        }
        if (repairedOrder > 0) {
            sink.warn(file, 0, repairedOrder + " events were written up to " + REORDER_TOLERANCE_MS
                    + " ms out of order (first at line " + repairedLine + "); each was given the time of the event before it");
        }
        return new Result(events.build(), HexFormat.of().formatHex(sha256.digest()), lines);
    }

    private void readLine(String line, LineReader reader) {
        long n = reader.lineNumber();
        if (reader.lastTooLong()) {
            sink.warn(file, n, "line is longer than " + MAX_LINE_CHARS + " characters: skipped");
            return;
        }
        if (line.isBlank()) {
            return;
        }
        JsonNode event;
        try {
            event = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            sink.warn(file, n, reader.lastTerminated() ? "not valid JSON: skipped"
                    : "last line is cut off (the recorder probably stopped mid-write): skipped");
            return;
        }
        if (event == null || !event.isObject()) {
            sink.warn(file, n, "not a JSON object: skipped");
            return;
        }
        Optional<Double> timeStamp = Json.finiteNumber(event, "time_stamp");
        if (timeStamp.isEmpty()) {
            sink.warn(file, n, Json.numberProblem(event, "time_stamp") + ": skipped");
            return;
        }
        double ts = timeStamp.get();
        if (Math.abs(ts) > MAX_TIME_STAMP) {
            sink.warn(file, n, "time_stamp out of range: skipped");
            return;
        }
        Optional<String> action = Json.text(event, "action");
        if (action.isEmpty()) {
            sink.warn(file, n, "missing action: skipped");
            return;
        }
        Parsed parsed = parse(action.get(), event, n);
        if (parsed == null) {
            return;
        }
        int t = timeOf(ts, n);
        if (t < 0) {
            return;
        }
        parsed.appendTo(t);
    }

    /** A validated event waiting for its time. */
    @FunctionalInterface
    private interface Parsed {
        void appendTo(int t);
    }

    private Parsed parse(String action, JsonNode e, long n) {
        switch (action) {
            case "move": {
                int[] xy = coordinates(e, n);
                return xy == null ? null : t -> events.pointerMove(t, xy[0], xy[1]);
            }
            case "click": {
                int[] xy = coordinates(e, n);
                if (xy == null) {
                    return null;
                }
                JsonNode pressed = e.get("pressed");
                if (pressed == null || !pressed.isBoolean()) {
                    sink.warn(file, n, pressed == null ? "click without pressed: skipped"
                            : "click pressed is not true/false: skipped");
                    return null;
                }
                Optional<String> buttonName = Json.text(e, "button");
                if (buttonName.isEmpty()) {
                    sink.warn(file, n, "click without a button name: skipped");
                    return null;
                }
                PointerButton button = button(buttonName.get());
                boolean down = pressed.asBoolean();
                return t -> events.button(t, down, button, xy[0], xy[1]);
            }
            case "scroll": {
                int[] xy = coordinates(e, n);
                if (xy == null) {
                    return null;
                }
                Integer dx = bounded(e, "dx", n);
                Integer dy = dx == null ? null : bounded(e, "dy", n);
                if (dy == null) {
                    return null;
                }
                return t -> events.wheel(t, xy[0], xy[1], dx, dy);
            }
            case "press":
            case "release": {
                boolean down = action.equals("press");
                if (!e.has("pynput_key") && !e.has("name")) {
                    sink.warn(file, n, action + " without a key name: skipped");
                    return null;
                }
                String name = keyName(e);
                return t -> {
                    PynputKeyTranslator.Translation key = down ? keys.press(name) : keys.release(name);
                    if (key.warning() != null) {
                        sink.warn(file, n, key.warning());
                    }
                    events.key(t, down, key.code(), key.text());
                };
            }
            case "pause":
                return t -> {
                    keys.releaseAll();
                    events.pause(t);
                };
            case "resume":
                return t -> {
                    keys.releaseAll();
                    events.resume(t);
                };
            default:
                sink.warn(file, n, ACTION_NAME.matcher(action).matches()
                        ? "unknown action \"" + action + "\": skipped" : "unknown action: skipped");
                return null;
        }
    }

    /**
     * The AgentNet Tool writes both {@code name} and {@code pynput_key} (pynput's own spelling,
     * which keeps the character's case and the virtual key code); the latter is preferred.
     */
    private static String keyName(JsonNode e) {
        return Json.text(e, "pynput_key").orElseGet(() -> Json.text(e, "name").orElse(null));
    }

    private static PointerButton button(String name) {
        String bare = name.startsWith("Button.") ? name.substring(7) : name;
        return switch (bare.toLowerCase(Locale.ROOT)) {
            case "left" -> PointerButton.LEFT;
            case "right" -> PointerButton.RIGHT;
            case "middle" -> PointerButton.MIDDLE;
            case "x1", "button8" -> PointerButton.BACK;
            case "x2", "button9" -> PointerButton.FORWARD;
            default -> PointerButton.OTHER;
        };
    }

    private int[] coordinates(JsonNode e, long n) {
        Integer x = bounded(e, "x", n);
        if (x == null) {
            return null;
        }
        Integer y = bounded(e, "y", n);
        return y == null ? null : new int[] {x, y};
    }

    private Integer bounded(JsonNode e, String field, long n) {
        Optional<Double> v = Json.finiteNumber(e, field);
        if (v.isEmpty()) {
            sink.warn(file, n, Json.numberProblem(e, field) + ": skipped");
            return null;
        }
        if (Math.abs(v.get()) > MAX_COORDINATE) {
            sink.warn(file, n, field + " out of range: skipped");
            return null;
        }
        return (int) Math.round(v.get());
    }

    /** Milliseconds from the first event, or -1 when the event must be skipped. */
    private int timeOf(double ts, long n) {
        if (!started) {
            started = true;
            origin = ts;
            lastRaw = ts;
            lastT = 0;
        }
        emitFocusUpTo(ts);
        if (ts < lastRaw) {
            if ((lastRaw - ts) * 1000 <= REORDER_TOLERANCE_MS) {
                if (repairedOrder++ == 0) {
                    repairedLine = n;
                }
                return lastT;
            }
            sink.warn(file, n, "time_stamp goes back " + Math.round((lastRaw - ts) * 1000)
                    + " ms before the previous event: skipped");
            return -1;
        }
        double ms = Math.rint((ts - origin) * 1000);
        if (ms > Integer.MAX_VALUE) {
            sink.warn(file, n, "time_stamp is more than 24 days after the first event: skipped");
            return -1;
        }
        lastRaw = ts;
        lastT = (int) ms;
        return lastT;
    }

    private void emitFocusUpTo(double ts) {
        while (nextFocus < focus.size() && focus.get(nextFocus).timeStamp() <= ts) {
            emitFocus(focus.get(nextFocus++));
        }
    }

    private void emitFocus(FocusChange change) {
        double ms = Math.rint((change.timeStamp() - origin) * 1000);
        if (ms > Integer.MAX_VALUE) {
            return;
        }
        int t = Math.max(lastT, (int) Math.max(ms, 0));
        lastT = t;
        lastRaw = Math.max(lastRaw, change.timeStamp());
        events.focus(t, change.app(), change.title());
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
