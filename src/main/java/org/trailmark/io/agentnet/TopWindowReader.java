package org.trailmark.io.agentnet;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.ducktrack.FocusChange;
import org.trailmark.io.ducktrack.Json;
import org.trailmark.io.ducktrack.LineReader;
import org.trailmark.io.ducktrack.ProblemSink;

/**
 * Reads the AgentNet Tool's {@code top_window.jsonl}: one line per change of the foreground
 * window, {@code {"time_stamp", "top_window_name"}} on the same perf_counter clock as the events.
 *
 * <p>The tool fills {@code top_window_name} with the foreground application (on Windows the
 * process name without {@code .exe}, e.g. {@code chrome}), so it becomes the focus event's app.
 * Newer tool versions add {@code app_name} and {@code window_title}: {@code app_name} then wins as
 * the app and {@code window_title} becomes the title; otherwise the title is left empty.
 * The file is small (one line per switch), so it is read whole and sorted by time.
 */
final class TopWindowReader {
    private static final int MAX_LINES = 1_000_000;
    private static final long MAX_BYTES = 64L << 20;
    private static final int MAX_LINE_CHARS = 1 << 20;

    private TopWindowReader() {
    }

    static List<FocusChange> read(Path file, ProblemSink sink) {
        List<FocusChange> changes = new ArrayList<>();
        try {
            if (Files.size(file) > MAX_BYTES) {
                sink.warn(file, 0, "top_window.jsonl is larger than 64 MB: window focus not imported");
                return changes;
            }
        } catch (IOException e) {
            sink.warn(file, 0, "top_window.jsonl could not be read: window focus not imported");
            return changes;
        }
        // InputStreamReader replaces a byte that is not UTF-8, so a bad byte spoils its own line at most.
        try (InputStreamReader text = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            LineReader in = new LineReader(text, MAX_LINE_CHARS);
            String line;
            while ((line = in.next()) != null && in.lineNumber() <= MAX_LINES) {
                long n = in.lineNumber();
                if (in.lastTooLong()) {
                    sink.warn(file, n, "line is longer than " + MAX_LINE_CHARS + " characters: skipped");
                } else if (!line.isBlank()) {
                    parse(line, file, n, in.lastTerminated(), sink).ifPresent(changes::add);
                }
            }
        } catch (IOException e) {
            // The file became unreadable part-way: keep the focus changes read so far.
            sink.warn(file, 0, "top_window.jsonl could not be read to the end: window focus may be incomplete");
        }
        changes.sort(Comparator.comparingDouble(FocusChange::timeStamp));
        return changes;
    }

    private static Optional<FocusChange> parse(String line, Path file, long n, boolean terminated, ProblemSink sink) {
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            sink.warn(file, n, terminated ? "not valid JSON: skipped"
                    : "last line is cut off (the recorder probably stopped mid-write): skipped");
            return Optional.empty();
        }
        if (node == null || !node.isObject()) {
            sink.warn(file, n, "not a JSON object: skipped");
            return Optional.empty();
        }
        Optional<Double> ts = Json.finiteNumber(node, "time_stamp");
        if (ts.isEmpty() || Math.abs(ts.get()) > 1e10) {
            sink.warn(file, n, (ts.isEmpty() ? Json.numberProblem(node, "time_stamp") : "time_stamp out of range")
                    + ": skipped");
            return Optional.empty();
        }
        Optional<String> app = Json.text(node, "app_name").filter(s -> !s.isBlank())
                .or(() -> Json.text(node, "top_window_name"));
        if (app.isEmpty()) {
            sink.warn(file, n, "missing top_window_name: skipped");
            return Optional.empty();
        }
        String title = Json.text(node, "window_title").filter(s -> !s.isEmpty()).orElse(null);
        return Optional.of(new FocusChange(ts.get(), app.get(), title));
    }
}
