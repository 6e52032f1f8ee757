package org.trailmark.io.rrweb;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What the importer keeps of the page's DOM: its form fields (by rrweb node id), its title and the
 * scroll offsets the snapshot recorded. Everything else of a snapshot or a mutation is read past
 * and only counted, for the import report; the page itself is not kept.
 */
final class PageDom {
    private static final int DOCUMENT = 0;
    private static final int ELEMENT = 2;
    private static final int TEXT = 3;

    private final Map<Integer, PageField> fields = new HashMap<>();
    private final Map<Integer, double[]> scrollOffsets = new HashMap<>();
    private int titleElement = -1;
    private int titleText = -1;
    private String title;
    private int documentId = -1;
    private long snapshots;
    private long mutations;
    private long nodes;

    /** A full snapshot: the page starts again. Returns whether the page title changed. */
    boolean snapshot(JsonNode data) {
        snapshots++;
        String before = title;
        fields.clear();
        scrollOffsets.clear();
        titleElement = -1;
        titleText = -1;
        title = null;
        JsonNode root = data.get("node");
        documentId = RrwebJson.integer(root, "id", -1);
        JsonNode offset = data.get("initialOffset");
        if (documentId >= 0 && offset != null) {
            double left = RrwebJson.number(offset, "left");
            double top = RrwebJson.number(offset, "top");
            scrollOffsets.put(documentId, new double[] {Double.isNaN(left) ? 0 : left, Double.isNaN(top) ? 0 : top});
        }
        walk(root);
        return !java.util.Objects.equals(before, title);
    }

    /** A DOM mutation: new fields, a field's type, the title. Returns whether the page title changed. */
    boolean mutation(JsonNode data) {
        mutations++;
        String before = title;
        for (JsonNode add : iterable(data.get("adds"))) {
            JsonNode node = add.get("node");
            if (node == null || !node.isObject()) {
                continue;
            }
            int parent = RrwebJson.integer(add, "parentId", -1);
            if (parent >= 0 && parent == titleElement && RrwebJson.integer(node, "type", -1) == TEXT) {
                titleText = RrwebJson.integer(node, "id", -1);
                title = RrwebJson.text(node, "textContent");
            }
            walk(node);
        }
        for (JsonNode text : iterable(data.get("texts"))) {
            if (titleText >= 0 && RrwebJson.integer(text, "id", -1) == titleText) {
                String value = RrwebJson.text(text, "value");
                title = value == null ? "" : value;
            }
        }
        for (JsonNode change : iterable(data.get("attributes"))) {
            int id = RrwebJson.integer(change, "id", -1);
            PageField field = fields.get(id);
            JsonNode attributes = change.get("attributes");
            if (field != null && attributes != null && attributes.has("type")) {
                fields.put(id, field.withType(RrwebJson.text(attributes, "type")));
            }
        }
        return !java.util.Objects.equals(before, title);
    }

    /** The field with this node id, or null when the page has no such form field. */
    PageField field(int nodeId) {
        return fields.get(nodeId);
    }

    /** The page title, or null when the snapshot had none. */
    String title() {
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** The last known scroll offset {left, top} of an element, or null when none was recorded. */
    double[] scrollOffset(int nodeId) {
        return scrollOffsets.get(nodeId);
    }

    void scrolled(int nodeId, double left, double top) {
        scrollOffsets.put(nodeId, new double[] {left, top});
    }

    long snapshots() {
        return snapshots;
    }

    long mutations() {
        return mutations;
    }

    long nodes() {
        return nodes;
    }

    /** Walks a serialized node and its descendants without recursion: pages nest deeply. */
    private void walk(JsonNode root) {
        ArrayDeque<JsonNode> stack = new ArrayDeque<>();
        if (root != null && root.isObject()) {
            stack.push(root);
        }
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            nodes++;
            int type = RrwebJson.integer(node, "type", -1);
            if (type == ELEMENT) {
                element(node);
            }
            if (type == ELEMENT || type == DOCUMENT) {
                for (JsonNode child : iterable(node.get("childNodes"))) {
                    if (child.isObject()) {
                        stack.push(child);
                    }
                }
            }
        }
    }

    private void element(JsonNode node) {
        int id = RrwebJson.integer(node, "id", -1);
        String tagName = RrwebJson.text(node, "tagName");
        if (id < 0 || tagName == null) {
            return;
        }
        String tag = tagName.toLowerCase(Locale.ROOT);
        JsonNode attributes = node.get("attributes");
        PageField field = PageField.of(tag, attributes, id);
        if (field != null) {
            fields.put(id, field);
        }
        if (tag.equals("title") && titleElement < 0 && !node.path("isSVG").asBoolean(false)) {
            titleElement = id;
            for (JsonNode child : iterable(node.get("childNodes"))) {
                if (RrwebJson.integer(child, "type", -1) == TEXT) {
                    titleText = RrwebJson.integer(child, "id", -1);
                    title = RrwebJson.text(child, "textContent");
                    break;
                }
            }
        }
        double left = RrwebJson.number(attributes, "rr_scrollLeft");
        double top = RrwebJson.number(attributes, "rr_scrollTop");
        if (!Double.isNaN(left) || !Double.isNaN(top)) {
            scrollOffsets.put(id, new double[] {Double.isNaN(left) ? 0 : left, Double.isNaN(top) ? 0 : top});
        }
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array != null && array.isArray() ? array : java.util.List.of();
    }
}
