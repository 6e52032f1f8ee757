package org.trailmark.io.agentnet;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.trailmark.io.ducktrack.Json;
import org.trailmark.io.ducktrack.ProblemSink;

/**
 * Reads the AgentNet Tool's {@code task_name.json}, {@code {"task_name", "description"}}, into the
 * session's suggested instruction: the task name, and when the annotator wrote a description, a
 * blank line and the description after it (the tool shows them the same way: title, then details).
 */
final class TaskNameReader {
    private static final long MAX_BYTES = 1 << 20;

    private TaskNameReader() {
    }

    static String read(Path file, ProblemSink sink) {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                sink.warn(file, 0, "task_name.json is larger than 1 MB: ignored");
                return null;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                sink.warn(file, 0, "task_name.json is empty: no task instruction");
                return null;
            }
            root = Json.MAPPER.readTree(text);
        } catch (JacksonException e) {
            sink.warn(file, 0, "task_name.json is not valid JSON: no task instruction");
            return null;
        } catch (IOException e) {
            sink.warn(file, 0, "task_name.json could not be read: no task instruction");
            return null;
        }
        if (root == null || !root.isObject()) {
            sink.warn(file, 0, "task_name.json is not a JSON object: no task instruction");
            return null;
        }
        Optional<String> name = Json.text(root, "task_name").map(String::strip).filter(s -> !s.isEmpty());
        if (name.isEmpty()) {
            sink.warn(file, 0, "task_name.json has no task_name: no task instruction");
            return null;
        }
        Optional<String> description = Json.text(root, "description").map(String::strip).filter(s -> !s.isEmpty());
        return description.map(d -> name.get() + "\n\n" + d).orElse(name.get());
    }
}
