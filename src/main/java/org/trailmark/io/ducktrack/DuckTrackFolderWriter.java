package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.trailmark.io.keys.PynputKeyNames;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * Writes a session as a DuckTrack recording folder. Event time {@code t} ms becomes
 * {@code time_stamp = }{@value #CLOCK_ORIGIN}{@code  + t / 1000} (a perf_counter-like clock); a
 * reader re-bases times on the first event, so a log whose first event is later than 0 comes back
 * shifted to start at 0. {@code node} is the session's subject id (already a pseudonym);
 * {@code start_time} is the start in this machine's default zone, as DuckTrack writes local time.
 */
public final class DuckTrackFolderWriter {
    static final double CLOCK_ORIGIN = 1000.0;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private DuckTrackFolderWriter() {
    }

    public static void write(SessionInfo info, SessionLog log, Path folder) throws IOException {
        Files.createDirectories(folder);
        writeEvents(log, folder.resolve(RecordingImport.EVENTS_FILE));
        writeMetadata(info, log, folder.resolve(RecordingImport.METADATA_FILE));
    }

    private static void writeEvents(SessionLog log, Path file) throws IOException {
        Map<String, String> nameAtPress = new HashMap<>();
        try (OutputStream out = Files.newOutputStream(file);
             JsonGenerator json = Json.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.setRootValueSeparator(null);
            for (int i = 0; i < log.size(); i++) {
                EventKind kind = log.kind(i);
                String action = actionOf(kind);
                if (action == null) {
                    continue;
                }
                json.writeStartObject();
                json.writeNumberField("time_stamp", CLOCK_ORIGIN + log.time(i) / 1000.0);
                json.writeStringField("action", action);
                switch (kind) {
                    case POINTER_MOVE -> writeXy(json, log, i);
                    case BUTTON_DOWN, BUTTON_UP -> {
                        writeXy(json, log, i);
                        json.writeStringField("button", buttonName(PointerButton.ofIndex(log.a(i))));
                        json.writeBooleanField("pressed", kind == EventKind.BUTTON_DOWN);
                    }
                    case WHEEL -> {
                        writeXy(json, log, i);
                        json.writeNumberField("dx", log.a(i));
                        json.writeNumberField("dy", log.b(i));
                    }
                    case KEY_DOWN, KEY_UP -> {
                        String code = log.string(log.a(i));
                        String name;
                        if (kind == EventKind.KEY_DOWN) {
                            name = PynputKeyNames.nameOf(code, log.string(log.b(i)));
                            if (code != null && name != null) {
                                nameAtPress.put(code, name);
                            }
                        } else {
                            // pynput names the release like the press (same character case).
                            name = code == null ? null : nameAtPress.getOrDefault(code, PynputKeyNames.nameOf(code, null));
                        }
                        json.writeStringField("name", name);
                    }
                    default -> {
                    }
                }
                json.writeEndObject();
                json.writeRaw('\n');
            }
        }
    }

    private static String actionOf(EventKind kind) {
        return switch (kind) {
            case POINTER_MOVE -> "move";
            case BUTTON_DOWN, BUTTON_UP -> "click";
            case WHEEL -> "scroll";
            case KEY_DOWN -> "press";
            case KEY_UP -> "release";
            case PAUSE -> "pause";
            case RESUME -> "resume";
            case FOCUS, FIELD, MARKER, CLIPBOARD -> null;
        };
    }

    private static void writeXy(JsonGenerator json, SessionLog log, int i) throws IOException {
        json.writeNumberField("x", log.x(i));
        json.writeNumberField("y", log.y(i));
    }

    private static String buttonName(PointerButton button) {
        return switch (button) {
            case LEFT -> "left";
            case RIGHT -> "right";
            case MIDDLE -> "middle";
            case BACK -> "x1";
            case FORWARD -> "x2";
            case OTHER -> "unknown";
        };
    }

    private static void writeMetadata(SessionInfo info, SessionLog log, Path file) throws IOException {
        ObjectNode meta = Json.MAPPER.createObjectNode();
        meta.put("system", "Unknown");
        meta.put("node", info.subject());
        if (!info.screens().isEmpty()) {
            Screen screen = info.screens().get(0);
            meta.put("screen_width", screen.width());
            meta.put("screen_height", screen.height());
        }
        meta.put("scroll_direction", 1);
        var localStart = info.start().atZoneSameInstant(ZoneId.systemDefault());
        meta.put("start_time", localStart.format(LOCAL_TIME));
        meta.put("stop_time", localStart.plusNanos(log.durationMs() * 1_000_000L).format(LOCAL_TIME));
        byte[] bytes = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(meta);
        Files.write(file, bytes);
    }
}
