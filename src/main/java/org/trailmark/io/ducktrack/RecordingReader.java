package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
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
 * {@link SessionLogBuilder}, one line at a time, and hashes the file's bytes on the way.
 *
 * <p>Lines are split as bytes; the usual flat lines are read by {@link FlatJsonLine} without
 * allocating, every other line is decoded and read by Jackson. Both readings go through one
 * validation ({@link EventFields}), so they give the same events and the same problems
 * (docs/decisions/0014-streaming-import.md).
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
     * What was read: the events' count and duration, the log when the builder keeps one (null when
     * it streamed its events on), the file's SHA-256 in hex (null when the caller hashed it), and
     * the lines seen.
     *
     * @param origin        the {@code time_stamp} of session time 0 (NaN when no event was kept)
     * @param clockRestarted whether the recorder's clock jumped, so that later events no longer lie at
     *                      {@code time_stamp - origin}
     */
    public record Result(long events, long durationMs, SessionLog log, String sha256Hex, long lines, double origin,
                         boolean clockRestarted) {
        /** The session time of a {@code time_stamp} on the recording's clock, as its events were placed. */
        public long sessionMs(double timeStamp) {
            return Math.round(Math.rint((timeStamp - origin) * 1000));
        }
    }

    private static final int MAX_LINE_CHARS = 1 << 20;
    /** A UTF-8 line of more bytes than this has more than {@link #MAX_LINE_CHARS} characters. */
    private static final int MAX_LINE_BYTES = 3 * MAX_LINE_CHARS;
    // perf_counter counts seconds since boot; beyond ~300 years a value can only be damage.
    private static final double MAX_TIME_STAMP = 1e10;
    private static final double MAX_COORDINATE = 1_000_000;
    private static final Pattern ACTION_NAME = Pattern.compile("[A-Za-z_]{1,32}");

    private final Path file;
    private final ProblemSink sink;
    private final PynputKeyTranslator keys;
    private final List<FocusChange> focus;
    private final ImportLimits limits;
    private final SessionLogBuilder events;
    private final RecordingClock clock;
    private final PendingEvents pending = new PendingEvents(ClockJudge.FOLLOWING_LINES + 1);
    private final double[] following = new double[ClockJudge.FOLLOWING_LINES];
    private final FlatJsonLine flat = new FlatJsonLine();
    private boolean fastLines = true;

    private int nextFocus;
    // the event being validated, before it joins the pending ring
    private int px;
    private int py;
    private int pa;
    private int pb;

    private RecordingReader(Path file, KeyPlatform platform, List<FocusChange> focus, ImportLimits limits,
                            ProblemSink sink, SessionLogBuilder events) {
        this.file = file;
        this.sink = sink;
        this.keys = new PynputKeyTranslator(platform);
        this.focus = focus;
        this.limits = limits;
        this.events = events;
        this.clock = new RecordingClock(file, sink);
    }

    /**
     * Reads the file into a log of its own, hashing it. Focus changes (sorted by time stamp) are
     * merged in time order; those before the first event are placed at time 0. I/O failures
     * propagate, and so does a file beyond the limits ({@link ImportLimits.TooLargeException});
     * content problems go to the sink.
     */
    public static Result read(Path eventsFile, KeyPlatform platform, List<FocusChange> focusChanges,
                              ImportLimits limits, ProblemSink sink) throws IOException {
        return read(eventsFile, platform, focusChanges, limits, sink, new SessionLogBuilder(4096), true);
    }

    /**
     * Reads the file into the given builder: a {@linkplain SessionLogBuilder#spilling spilling} one
     * streams the events on and the result then holds no log. Without {@code hash} the result's
     * {@code sha256Hex} is null (the caller hashed the file before).
     */
    public static Result read(Path eventsFile, KeyPlatform platform, List<FocusChange> focusChanges,
                              ImportLimits limits, ProblemSink sink, SessionLogBuilder events, boolean hash)
            throws IOException {
        return new RecordingReader(eventsFile, platform, focusChanges, limits, sink, events).run(hash);
    }

    /** Reads every line with Jackson: what the fast path is compared with in tests. */
    static Result readWithoutFastPath(Path eventsFile, KeyPlatform platform, ImportLimits limits, ProblemSink sink)
            throws IOException {
        RecordingReader reader = new RecordingReader(eventsFile, platform, List.of(), limits, sink,
                new SessionLogBuilder(4096));
        reader.fastLines = false;
        return reader.run(true);
    }

    private Result run(boolean hash) throws IOException {
        limits.checkFileSize(file);
        MessageDigest sha256 = hash ? newSha256() : null;
        long lines;
        try (InputStream raw = Files.newInputStream(file)) {
            ByteLines reader = new ByteLines(limits.countingBytes(raw, file), sha256, MAX_LINE_BYTES);
            while (reader.next()) {
                readLine(reader);
            }
            lines = reader.lineNumber();
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
        long count = events.size();
        long duration = events.lastTime();
        SessionLog log = events.isSpilling() ? null : events.build();
        return new Result(count, duration, log, sha256 == null ? null : HexFormat.of().formatHex(sha256.digest()),
                lines, clock.origin(), clock.restarted());
    }

    private void readLine(ByteLines reader) throws IOException {
        long n = reader.lineNumber();
        if (reader.tooLong()) {
            sink.warn(file, n, "line is longer than " + MAX_LINE_CHARS + " characters: skipped");
            return;
        }
        // a line the fast parser reads is ASCII: one character a byte
        if (fastLines && reader.rawLength() <= MAX_LINE_CHARS && flat.parse(reader.buffer(), reader.start(), reader.end())) {
            accept(flat, n);
            return;
        }
        String line = reader.text();
        if (line.length() + reader.strippedChars() > MAX_LINE_CHARS) {
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
            sink.warn(file, n, reader.terminated() ? "not valid JSON: skipped"
                    : "last line is cut off (the recorder probably stopped mid-write): skipped");
            return;
        }
        if (event == null || !event.isObject()) {
            sink.warn(file, n, "not a JSON object: skipped");
            return;
        }
        accept(new JsonNodeFields(event), n);
    }

    private void accept(EventFields event, long n) throws IOException {
        double ts = event.finiteNumber("time_stamp");
        if (Double.isNaN(ts)) {
            sink.warn(file, n, event.numberProblem("time_stamp") + ": skipped");
            return;
        }
        if (Math.abs(ts) > MAX_TIME_STAMP) {
            sink.warn(file, n, "time_stamp out of range: skipped");
            return;
        }
        String action = event.text("action");
        if (action == null) {
            sink.warn(file, n, "missing action: skipped");
            return;
        }
        if (!parse(action, event, ts, n)) {
            return;
        }
        if (pending.size() > ClockJudge.FOLLOWING_LINES) {
            placeFirstPending();
        }
    }

    /** Judges the oldest waiting line against the lines read after it, and appends its event if kept. */
    private void placeFirstPending() throws IOException {
        int slot = pending.head();
        int count = pending.followingTimeStamps(following);
        pending.removeHead();
        int t = clock.place(pending.timeStamp(slot), pending.line(slot), following, count, events);
        if (t < 0) {
            return;
        }
        emitFocusUpTo(pending.timeStamp(slot));
        append(slot, t);
        limits.checkEvents(events.size(), file);
    }

    private void append(int slot, int t) {
        switch (pending.op(slot)) {
            case MOVE -> events.pointerMove(t, pending.x(slot), pending.y(slot));
            case BUTTON -> events.button(t, pending.down(slot), pending.button(slot), pending.x(slot), pending.y(slot));
            case WHEEL -> events.wheel(t, pending.x(slot), pending.y(slot), pending.a(slot), pending.b(slot));
            case KEY -> {
                boolean down = pending.down(slot);
                String name = pending.keyName(slot);
                PynputKeyTranslator.Translation key = down ? keys.press(name) : keys.release(name);
                if (key.warning() != null) {
                    sink.warn(file, pending.line(slot), key.warning());
                }
                events.key(t, down, key.code(), key.text());
            }
            case PAUSE -> {
                keys.releaseAll();
                events.pause(t);
            }
            case RESUME -> {
                keys.releaseAll();
                events.resume(t);
            }
        }
    }

    /** Validates the event of one line and, when it is sound, queues it; false when it was skipped. */
    private boolean parse(String action, EventFields e, double ts, long n) {
        switch (action) {
            case "move": {
                if (!coordinates(e, n)) {
                    return false;
                }
                pending.add(ts, n, PendingEvents.Op.MOVE, px, py, 0, 0, false, null, null);
                return true;
            }
            case "click": {
                if (!coordinates(e, n)) {
                    return false;
                }
                int pressed = e.flag("pressed");
                if (pressed < 0) {
                    sink.warn(file, n, pressed == EventFields.ABSENT ? "click without pressed: skipped"
                            : "click pressed is not true/false: skipped");
                    return false;
                }
                String buttonName = e.text("button");
                if (buttonName == null) {
                    sink.warn(file, n, "click without a button name: skipped");
                    return false;
                }
                pending.add(ts, n, PendingEvents.Op.BUTTON, px, py, 0, 0, pressed == 1, button(buttonName), null);
                return true;
            }
            case "scroll": {
                if (!coordinates(e, n) || !bounded(e, "dx", n)) {
                    return false;
                }
                int dx = pa;
                if (!bounded(e, "dy", n)) {
                    return false;
                }
                pending.add(ts, n, PendingEvents.Op.WHEEL, px, py, dx, pa, false, null, null);
                return true;
            }
            case "press":
            case "release": {
                boolean down = action.equals("press");
                if (!e.has("pynput_key") && !e.has("name")) {
                    sink.warn(file, n, action + " without a key name: skipped");
                    return false;
                }
                pending.add(ts, n, PendingEvents.Op.KEY, 0, 0, 0, 0, down, null, keyName(e));
                return true;
            }
            case "pause":
                pending.add(ts, n, PendingEvents.Op.PAUSE, 0, 0, 0, 0, false, null, null);
                return true;
            case "resume":
                pending.add(ts, n, PendingEvents.Op.RESUME, 0, 0, 0, 0, false, null, null);
                return true;
            default:
                sink.warn(file, n, ACTION_NAME.matcher(action).matches()
                        ? "unknown action \"" + action + "\": skipped" : "unknown action: skipped");
                return false;
        }
    }

    /**
     * The AgentNet Tool writes both {@code name} and {@code pynput_key} (pynput's own spelling,
     * which keeps the character's case and the virtual key code); the latter is preferred.
     */
    private static String keyName(EventFields e) {
        String pynput = e.text("pynput_key");
        return pynput != null ? pynput : e.text("name");
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

    /** Reads x and y into {@code px}, {@code py}; false (with a warning) when either is unusable. */
    private boolean coordinates(EventFields e, long n) {
        if (!bounded(e, "x", n)) {
            return false;
        }
        px = pa;
        if (!bounded(e, "y", n)) {
            return false;
        }
        py = pa;
        return true;
    }

    /** Reads a bounded whole number into {@code pa}; false (with a warning) when it is unusable. */
    private boolean bounded(EventFields e, String field, long n) {
        double v = e.finiteNumber(field);
        if (Double.isNaN(v)) {
            sink.warn(file, n, e.numberProblem(field) + ": skipped");
            return false;
        }
        if (Math.abs(v) > MAX_COORDINATE) {
            sink.warn(file, n, field + " out of range: skipped");
            return false;
        }
        pa = (int) Math.round(v);
        return true;
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

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
