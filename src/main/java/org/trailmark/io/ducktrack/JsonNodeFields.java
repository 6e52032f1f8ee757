package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.databind.JsonNode;

/** A line Jackson parsed into a tree: the reading of every line the fast parser leaves alone. */
final class JsonNodeFields implements EventFields {
    private final JsonNode node;

    JsonNodeFields(JsonNode node) {
        this.node = node;
    }

    @Override
    public boolean has(String field) {
        return node.has(field);
    }

    @Override
    public double finiteNumber(String field) {
        return Json.finiteNumber(node, field).orElse(Double.NaN);
    }

    @Override
    public String numberProblem(String field) {
        return Json.numberProblem(node, field);
    }

    @Override
    public String text(String field) {
        return Json.text(node, field).orElse(null);
    }

    @Override
    public int flag(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            return ABSENT;
        }
        return value.isBoolean() ? (value.asBoolean() ? 1 : 0) : NOT_BOOLEAN;
    }
}
