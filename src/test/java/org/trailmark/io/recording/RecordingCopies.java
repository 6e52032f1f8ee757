package org.trailmark.io.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Copies of the real recordings in the test resources, with lines changed on the way. */
final class RecordingCopies {
    static final String DUCKTRACK = "/ducktrack/example";
    static final String AGENTNET = "/agentnet/episode-notepad";
    private static final Pattern TIME_STAMP = Pattern.compile("\"time_stamp\": ([0-9.eE+-]+)");

    private RecordingCopies() {
    }

    static Path resource(String folder) {
        try {
            return Path.of(RecordingCopies.class.getResource(folder + "/events.jsonl").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> eventLines(String folder) {
        try {
            return Files.readAllLines(resource(folder).resolve("events.jsonl"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the recording folder into {@code target} whose events are {@code lines}. */
    static Path copy(String folder, Path target, List<String> lines) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(resource(folder))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        Files.write(target.resolve("events.jsonl"), lines, StandardCharsets.UTF_8);
        return target;
    }

    /** The time stamp of a line as written. */
    static String timeStampText(String line) {
        Matcher m = TIME_STAMP.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no time_stamp on the line");
        }
        return m.group(1);
    }

    static String withTimeStamp(String line, UnaryOperator<String> change) {
        Matcher m = TIME_STAMP.matcher(line);
        if (!m.find()) {
            throw new IllegalArgumentException("no time_stamp on the line");
        }
        return line.substring(0, m.start(1)) + change.apply(m.group(1)) + line.substring(m.end(1));
    }

    /** The lines with the time stamp of line {@code lineNumber} (1-based) changed. */
    static List<String> changeLine(List<String> lines, int lineNumber, UnaryOperator<String> change) {
        List<String> changed = new ArrayList<>(lines);
        changed.set(lineNumber - 1, withTimeStamp(lines.get(lineNumber - 1), change));
        return changed;
    }
}
