package org.trailmark.io.rrweb;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import org.trailmark.model.FieldRole;

/**
 * A form field of the recorded page, as its snapshot describes it: the role it has for the
 * session, the label a reviewer sees, and whether its value is typed text (a text box) or a
 * choice (a check box, a list, a file picker), whose value is not typing.
 */
record PageField(FieldRole role, String label, boolean typed) {

    private static final Map<String, FieldRole> TYPED_INPUTS = Map.ofEntries(
            Map.entry("password", FieldRole.PASSWORD), Map.entry("email", FieldRole.EMAIL),
            Map.entry("search", FieldRole.SEARCH), Map.entry("number", FieldRole.NUMBER),
            Map.entry("url", FieldRole.URL), Map.entry("tel", FieldRole.TEL));
    private static final Set<String> CHOICE_INPUTS = Set.of("checkbox", "radio", "button", "submit", "reset",
            "image", "file", "hidden", "range", "color");
    /** Attributes that name a field, best first. */
    private static final String[] LABEL_ATTRIBUTES = {"aria-label", "name", "id", "placeholder"};

    /** The field an element is, or null when it takes no input. */
    static PageField of(String tag, JsonNode attributes, int nodeId) {
        return switch (tag) {
            case "textarea" -> new PageField(FieldRole.MULTILINE, label(attributes, tag, nodeId), true);
            case "select" -> new PageField(FieldRole.OTHER, label(attributes, tag, nodeId), false);
            case "input" -> input(RrwebJson.text(attributes, "type"), label(attributes, tag, nodeId));
            default -> null;
        };
    }

    /** A field the snapshot did not describe (damaged or missing): typed, role unknown. */
    static PageField unknown(int nodeId) {
        return new PageField(FieldRole.OTHER, "field #" + nodeId, true);
    }

    /** The same field after its {@code type} attribute changed (a "show password" toggle). */
    PageField withType(String type) {
        return input(type, label);
    }

    private static PageField input(String type, String label) {
        String t = type == null ? "text" : type.strip().toLowerCase(Locale.ROOT);
        if (CHOICE_INPUTS.contains(t)) {
            return new PageField(FieldRole.OTHER, label, false);
        }
        return new PageField(TYPED_INPUTS.getOrDefault(t, FieldRole.TEXT), label, true);
    }

    private static String label(JsonNode attributes, String tag, int nodeId) {
        for (String name : LABEL_ATTRIBUTES) {
            String value = RrwebJson.text(attributes, name);
            if (value != null && !value.isBlank()) {
                String clean = value.strip();
                return clean.length() > 80 ? clean.substring(0, 80) : clean;
            }
        }
        return tag + " #" + nodeId;
    }
}
