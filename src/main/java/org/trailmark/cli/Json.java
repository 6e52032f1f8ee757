package org.trailmark.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.trailmark.io.Problem;

/** The command line's JSON output: one mapper, pretty-printed, stable key order. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static void print(PrintWriter out, Object node) {
        try {
            out.println(MAPPER.writeValueAsString(node));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON output", e);
        }
        out.flush();
    }

    static ArrayNode problems(List<Problem> problems) {
        ArrayNode array = array();
        for (Problem p : problems) {
            ObjectNode node = array.addObject();
            node.put("file", p.file() == null ? null : p.file().toString());
            if (p.table() != null) {
                node.put("table", p.table());
                node.put("row", p.line());
            } else {
                node.put("line", p.line());
            }
            node.put("severity", p.severity().name().toLowerCase());
            node.put("reason", p.reason());
        }
        return array;
    }

    static String pathText(Path p) {
        return p == null ? null : p.toString();
    }
}
