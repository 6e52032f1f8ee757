package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes rrweb events as rrweb's recorder emits them ({@code packages/types/src/index.ts}): one
 * method per event kind, in the field order rrweb writes ({@code type}, {@code data},
 * {@code timestamp}). For tests and the sample generator.
 */
public final class RrwebEvents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final List<ObjectNode> events = new ArrayList<>();
    private int nextId = 100;

    public List<ObjectNode> events() {
        return events;
    }

    /** A fresh node id, as rrweb's mirror hands them out. */
    public int id() {
        return nextId++;
    }

    public RrwebEvents meta(long ts, String href, int width, int height) {
        ObjectNode data = NODES.objectNode().put("href", href).put("width", width).put("height", height);
        return add(4, data, ts);
    }

    public RrwebEvents domContentLoaded(long ts) {
        return add(0, NODES.objectNode(), ts);
    }

    /** A full snapshot of a page with a title and the given body children. */
    public RrwebEvents snapshot(long ts, int documentId, String title, ObjectNode... body) {
        ObjectNode html = element("html");
        ObjectNode head = element("head");
        if (title != null) {
            ObjectNode titleElement = element("title");
            titleElement.withArray("childNodes").add(text(title));
            head.withArray("childNodes").add(titleElement);
        }
        ObjectNode bodyElement = element("body");
        for (ObjectNode child : body) {
            bodyElement.withArray("childNodes").add(child);
        }
        html.withArray("childNodes").add(head).add(bodyElement);
        ObjectNode document = NODES.objectNode().put("type", 0);
        document.putArray("childNodes").add(html);
        document.put("id", documentId);
        ObjectNode data = NODES.objectNode();
        data.set("node", document);
        data.putObject("initialOffset").put("left", 0).put("top", 0);
        return add(2, data, ts);
    }

    public ObjectNode element(String tag, String... attributes) {
        ObjectNode node = NODES.objectNode().put("type", 2).put("tagName", tag);
        ObjectNode attrs = node.putObject("attributes");
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attrs.put(attributes[i], attributes[i + 1]);
        }
        node.putArray("childNodes");
        node.put("id", id());
        return node;
    }

    public ObjectNode text(String content) {
        return NODES.objectNode().put("type", 3).put("textContent", content).put("id", id());
    }

    /** The rrweb id of a node made by {@link #element}. */
    public static int idOf(ObjectNode node) {
        return node.get("id").intValue();
    }

    /** MouseMove: positions {x, y, timeOffset} relative to {@code ts}. */
    public RrwebEvents moves(long ts, int... xyOffset) {
        ObjectNode data = incremental(1);
        ArrayNode positions = data.putArray("positions");
        for (int i = 0; i + 2 < xyOffset.length; i += 3) {
            positions.addObject().put("x", xyOffset[i]).put("y", xyOffset[i + 1]).put("id", 5)
                    .put("timeOffset", xyOffset[i + 2]);
        }
        return add(3, data, ts);
    }

    public RrwebEvents interaction(long ts, int type, int id, Integer x, Integer y) {
        ObjectNode data = incremental(2).put("type", type).put("id", id);
        if (x != null) {
            data.put("x", x).put("y", y);
        }
        return add(3, data, ts);
    }

    public RrwebEvents mouseDown(long ts, int id, int x, int y) {
        return interaction(ts, 1, id, x, y);
    }

    public RrwebEvents mouseUp(long ts, int id, int x, int y) {
        return interaction(ts, 0, id, x, y);
    }

    public RrwebEvents click(long ts, int id, int x, int y) {
        return interaction(ts, 2, id, x, y);
    }

    /** MouseDown, MouseUp and Click, as a browser reports one click. */
    public RrwebEvents fullClick(long ts, int id, int x, int y) {
        return mouseDown(ts, id, x, y).mouseUp(ts + 80, id, x, y).click(ts + 80, id, x, y);
    }

    public RrwebEvents focus(long ts, int id) {
        return interaction(ts, 5, id, null, null);
    }

    public RrwebEvents blur(long ts, int id) {
        return interaction(ts, 6, id, null, null);
    }

    public RrwebEvents scroll(long ts, int id, int x, int y) {
        return add(3, incremental(3).put("id", id).put("x", x).put("y", y), ts);
    }

    public RrwebEvents viewportResize(long ts, int width, int height) {
        return add(3, incremental(4).put("width", width).put("height", height), ts);
    }

    public RrwebEvents input(long ts, int id, String text) {
        return add(3, incremental(5).put("text", text).put("isChecked", false).put("id", id), ts);
    }

    /** Typing one character at a time at the end of the value, as rrweb records it. */
    public long typeInto(long ts, int id, String before, String typed, int msPerKey) {
        long t = ts;
        String value = before;
        for (int i = 0; i < typed.length(); i++) {
            value += typed.charAt(i);
            input(t, id, value);
            t += msPerKey;
        }
        return t;
    }

    /** Any incremental source with an empty payload (canvas, fonts, logs…). */
    public RrwebEvents incrementalOf(long ts, int source) {
        return add(3, incremental(source), ts);
    }

    public RrwebEvents consoleLog(long ts, String line) {
        ObjectNode data = NODES.objectNode().put("plugin", "rrweb/console@1");
        data.putObject("payload").put("level", "log").putArray("payload").add(line);
        return add(6, data, ts);
    }

    public RrwebEvents custom(long ts, String tag) {
        ObjectNode data = NODES.objectNode().put("tag", tag);
        data.putObject("payload");
        return add(5, data, ts);
    }

    /** A mutation that adds nodes under a parent. */
    public RrwebEvents mutationAdds(long ts, int parentId, ObjectNode... nodes) {
        ObjectNode data = incremental(0);
        data.putArray("texts");
        data.putArray("attributes");
        data.putArray("removes");
        ArrayNode adds = data.putArray("adds");
        for (ObjectNode node : nodes) {
            adds.addObject().put("parentId", parentId).putNull("nextId").set("node", node);
        }
        return add(3, data, ts);
    }

    /** A mutation that changes text nodes' contents. */
    public RrwebEvents mutationText(long ts, int textId, String value) {
        ObjectNode data = incremental(0);
        data.putArray("texts").addObject().put("id", textId).put("value", value);
        data.putArray("attributes");
        data.putArray("removes");
        data.putArray("adds");
        return add(3, data, ts);
    }

    public RrwebEvents raw(int type, ObjectNode data, long ts) {
        return add(type, data, ts);
    }

    private ObjectNode incremental(int source) {
        return NODES.objectNode().put("source", source);
    }

    private RrwebEvents add(int type, ObjectNode data, long ts) {
        ObjectNode event = NODES.objectNode().put("type", type);
        event.set("data", data);
        event.put("timestamp", ts);
        events.add(event);
        return this;
    }

    /** The events as one JSON array on one line, as {@code JSON.stringify(events)} writes them. */
    public String array() throws IOException {
        ArrayNode array = NODES.arrayNode();
        events.forEach(array::add);
        return JSON.writeValueAsString(array);
    }

    /** {@code {"events": [...]}}, as rrweb's guide posts them. */
    public String wrapper() throws IOException {
        ObjectNode root = NODES.objectNode();
        events.forEach(root.putArray("events")::add);
        return JSON.writeValueAsString(root);
    }

    /** One event a line. */
    public String lines() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (ObjectNode e : events) {
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        return sb.toString();
    }

    public static Path write(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    public static Path writeGzip(Path file, String content) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
