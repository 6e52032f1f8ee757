package org.trailmark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Rewrites a DuckTrack recording in the AgentNet Tool's layout, so the whole-process import can be
 * measured on both with the same events: integer coordinates, {@code event_idx}, {@code pynput_key}
 * on key events, a {@code top_window.jsonl} with a window change every ten minutes and a
 * {@code task_name.json}. Not timed: it only prepares the input.
 */
final class AgentNetLayout {
    private static final double WINDOW_EVERY_SECONDS = 600;
    private static final String[] WINDOWS = {"explorer", "notepad", "chrome", "code"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private AgentNetLayout() {
    }

    static void convert(Path duckTrack, Path agentNet) throws IOException {
        Files.createDirectories(agentNet);
        Files.copy(duckTrack.resolve("metadata.json"), agentNet.resolve("metadata.json"),
                StandardCopyOption.REPLACE_EXISTING);
        double nextWindow = Double.NaN;
        int windows = 0;
        try (BufferedReader in = Files.newBufferedReader(duckTrack.resolve("events.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter events = Files.newBufferedWriter(agentNet.resolve("events.jsonl"), StandardCharsets.UTF_8);
             BufferedWriter top = Files.newBufferedWriter(agentNet.resolve("top_window.jsonl"), StandardCharsets.UTF_8)) {
            String line;
            long index = 0;
            while ((line = in.readLine()) != null) {
                ObjectNode event = (ObjectNode) JSON.readTree(line);
                double time = event.path("time_stamp").asDouble();
                if (Double.isNaN(nextWindow) || time >= nextWindow) {
                    ObjectNode window = JSON.createObjectNode();
                    window.put("time_stamp", time - 0.05);
                    window.put("top_window_name", WINDOWS[windows++ % WINDOWS.length]);
                    top.write(JSON.writeValueAsString(window));
                    top.newLine();
                    nextWindow = time + WINDOW_EVERY_SECONDS;
                }
                for (String axis : new String[] {"x", "y"}) {
                    if (event.has(axis)) {
                        event.put(axis, (int) Math.round(event.get(axis).asDouble()));
                    }
                }
                String action = event.path("action").asText();
                if ((action.equals("press") || action.equals("release")) && event.hasNonNull("name")) {
                    String name = event.get("name").asText();
                    event.put("pynput_key", name.length() == 1 ? "'" + name + "'" : "Key." + name);
                }
                event.put("event_idx", index++);
                events.write(JSON.writeValueAsString(event));
                events.newLine();
            }
        }
        ObjectNode task = JSON.createObjectNode();
        task.put("task_name", "Benchmark recording");
        task.put("description", "Generated for the whole-process import benchmark.");
        Files.writeString(agentNet.resolve("task_name.json"), JSON.writeValueAsString(task));
    }
}
