package org.trailmark.io.activitywatch;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trailmark.io.Problem;
import org.trailmark.io.ducktrack.ProblemSink;

/**
 * One ActivityWatch event ({@code {timestamp, duration, data}}) to a {@link ContextEvent}: the
 * timestamp is ISO-8601 with its offset (aw-server writes UTC), the duration seconds as a float.
 * An event that cannot be placed in time is skipped with a warning on its line.
 */
final class EventReading {
    /** Longer than any one window or AFK stretch a watcher could report (a year): a broken value. */
    private static final double MAX_DURATION_S = 366 * 24 * 3600.0;

    private final Path file;
    private final ProblemSink problems;
    private int incognito;
    private int zeroLength;

    EventReading(Path file, ProblemSink problems) {
        this.file = file;
        this.problems = problems;
    }

    Optional<ContextEvent> read(BucketType type, String host, JsonNode event, long line) {
        if (event == null || !event.isObject()) {
            problems.warn(file, line, "an event is not a JSON object: skipped");
            return Optional.empty();
        }
        Instant start = timestamp(event.get("timestamp"), line);
        if (start == null) {
            return Optional.empty();
        }
        Long durationMs = durationMs(event.get("duration"), line);
        if (durationMs == null) {
            return Optional.empty();
        }
        if (durationMs == 0) {
            zeroLength++;
            return Optional.empty();
        }
        BucketType.Reading reading = type.read(event.get("data"));
        if (reading instanceof BucketType.Kept kept) {
            return Optional.of(new ContextEvent(host, type.kind(), start, start.plusMillis(durationMs), kept.app(),
                    kept.title(), kept.url(), line));
        }
        if (reading instanceof BucketType.Bad bad) {
            problems.warn(file, line, bad.reason());
        } else if (reading instanceof BucketType.Dropped dropped && "incognito".equals(dropped.why())) {
            incognito++;
        }
        return Optional.empty();
    }

    List<Problem> notes() {
        List<Problem> notes = new ArrayList<>();
        if (incognito > 0) {
            notes.add(Problem.note(file, incognito + " event(s) of private (incognito) browser tabs were not kept"));
        }
        if (zeroLength > 0) {
            notes.add(Problem.note(file, zeroLength + " event(s) of no duration cover no time and were not kept"));
        }
        return notes;
    }

    private Instant timestamp(JsonNode value, long line) {
        if (value == null || !value.isTextual()) {
            problems.warn(file, line, "event has no timestamp: skipped");
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText().trim()).toInstant();
        } catch (DateTimeParseException e) {
            problems.warn(file, line, "event timestamp is not an ISO-8601 date and time with a UTC offset: skipped");
            return null;
        }
    }

    private Long durationMs(JsonNode value, long line) {
        if (value == null || !value.isNumber() || !Double.isFinite(value.asDouble())) {
            problems.warn(file, line, "event duration is not a number of seconds: skipped");
            return null;
        }
        double seconds = value.asDouble();
        if (seconds < 0) {
            problems.warn(file, line, "event duration is negative: skipped");
            return null;
        }
        if (seconds > MAX_DURATION_S) {
            problems.warn(file, line, "event duration is longer than a year: skipped");
            return null;
        }
        return Math.round(seconds * 1000);
    }
}
