package org.trailmark.io.ducktrack;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Copies of the real DuckTrack example recording whose metadata names no host. */
public final class HostlessRecordings {
    private HostlessRecordings() {
    }

    /**
     * Writes the example into {@code folder} without its host name; the last {@code dropLines}
     * events are left out, so different counts make different recordings.
     */
    public static Path copy(Path folder, int dropLines) throws IOException {
        Path example;
        try {
            example = Path.of(HostlessRecordings.class.getResource("/ducktrack/example/events.jsonl").toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Files.createDirectories(folder);
        List<String> lines = Files.readAllLines(example.resolve("events.jsonl"), StandardCharsets.UTF_8);
        Files.write(folder.resolve("events.jsonl"), lines.subList(0, lines.size() - dropLines), StandardCharsets.UTF_8);
        String metadata = Files.readString(example.resolve("metadata.json"), StandardCharsets.UTF_8)
                .replaceAll("\"node\":\\s*\"[^\"]*\",", "");
        if (metadata.contains("\"node\"")) {
            throw new IllegalStateException("the example's host name was not removed");
        }
        Files.writeString(folder.resolve("metadata.json"), metadata, StandardCharsets.UTF_8);
        return folder;
    }
}
