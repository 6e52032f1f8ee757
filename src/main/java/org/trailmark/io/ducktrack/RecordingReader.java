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
import java.util.ArrayDeque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.trailmark.io.ClockJudge;
import org.trailmark.io.ImportLimits;
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
 * event times become whole milliseconds after the first kept event (rounded). Each line waits until
 * the next {@value ClockJudge#FOLLOWING_LINES} readable lines are read, so that a time stamp out of
 * line with its neighbours is judged by them ({@link RecordingClock}): one bad time stamp costs
 * that line only, and a clock that really jumped keeps its events after a pause.
 *
 * <p>Damage never stops the read: a line that is not JSON, lacks a field, has a wrong type or an
 * absurd number is skipped with a warning naming its line, and the rest is kept.
 */
public final class RecordingReader {

    /**
     * What was read: the log (possibly empty), the file's SHA-256 in hex, and the lines seen.
     *
     * @param origin        the {@code time_stamp} of session time 0 (NaN when no event was kept)
     * @param clockRestarted whether the recorder's clock jumped, so that later events no longer lie at
     *                      {@code time_stamp - origin}
     */
    public record Result(SessionLog log, String sha256Hex, long lines, double origin, boolean clockRestarted) {
        /** The session time of a {@code time_stamp} on the recording's clock, as its events were placed. */
        public long sessionMs(double timeStamp) {
            return Math.round(Math.rint((timeStamp - origin) * 1000));
        }
    }

    /** A readable line waiting until the lines after it show whether its time can be trusted. */
    private record Pending(double timeStamp, long line, Parsed event) {
    }

    private static final int MAX_LINE_CHARS = 1 << 20;
    // perf_counter counts seconds since boot; beyond ~300 years a value can only be damage.
    private static final double MAX_TIME_STAMP = 1e10;
    private static final double MAX_COORDINATE = 1_000_000;
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Za-z_]{1,32}");

    private final Path file;
    private final ProblemSink sink;
    private final PynputKeyTranslator keys;
    private final List<FocusChange> focus;
    private final ImportLimits limits;
    private final SessionLogBuilder events = new SessionLogBuilder(4096);
    private final RecordingClock clock;
    private final ArrayDeque<Pending> pending = new ArrayDeque<>(ClockJudge.FOLLOWING_LINES + 1);
    private final double[] following = new double[ClockJudge.FOLLOWING_LINES];

    private int nextFocus;

    private RecordingReader(Path file, KeyPlatform platform, List<FocusChange> focus, ImportLimits limits,
                            ProblemSink sink) {
        this.file = file;
        this.sink = sink;
        this.keys = new PynputKeyTranslator(platform);
        this.focus = focus;
        this.limits = limits;
        this.clock = new RecordingClock(file, sink);
    }

    /**
     * Reads the file. Focus changes (sorted by time stamp) are merged in time order; those before
     * the first event are placed at time 0. I/O failures propagate, and so does a file beyond the
     * limits ({@link ImportLimits.TooLargeException}); content problems go to the sink.
     */
    public static Result read(Path eventsFile, KeyPlatform platform, List<FocusChange> focusChanges,
                              ImportLimits limits, ProblemSink sink) throws IOException {
        return new RecordingReader(eventsFile, platform, focusChanges, limits, sink).run();
    }

    private Result run() throws IOException {
        limits.checkFileSize(file);
        MessageDigest sha256 = newSha256();
        long lines;
        try (InputStream raw = Files.newInputStream(file);
             DigestInputStream hashed = new DigestInputStream(limits.countingBytes(raw, file), sha256);
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
        while (!pending.isEmpty()) {
            placeFirstPending();
        }
        if (clock.started()) {
            while (nextFocus < focus.size()) {
                emitFocus(focus.get(nextFocus++));
            }
        }
        clock.finish();
        return new Result(events.build(), HexFormat.of().formatHex(sha256.digest()), lines, clock.origin(),
                clock.restarted());
    }

    private void readLine(String line, LineReader reader) throws IOException {
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
        pending.add(new Pending(ts, n, parsed));
        if (pending.size() > ClockJudge.FOLLOWING_LINES) {
            placeFirstPending();
        }
    }

    /** Judges the oldest waiting line against the lines read after it, and appends its event if kept. */
    private void placeFirstPending() throws IOException {
        Pending head = pending.poll();
        int count = 0;
        for (Pending next : pending) {
            following[count++] = next.timeStamp();
        }
        int t = clock.place(head.timeStamp(), head.line(), following, count, events);
        if (t < 0) {
            return;
        }
        emitFocusUpTo(head.timeStamp());
        head.event().appendTo(t);
        limits.checkEvents(events.size(), file);
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

    private void emitFocusUpTo(double ts) {
        while (nextFocus < focus.size() && focus.get(nextFocus).timeStamp() <= ts) {
            emitFocus(focus.get(nextFocus++));
        }
    }

    private void emitFocus(FocusChange change) {
        int t = clock.focusTime(change.timeStamp());
        if (t >= 0) {
            events.focus(t, change.app(), change.title());
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
