package org.trailmark.io.rrweb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON reading of rrweb files, and typed access to event fields. */
final class RrwebJson {
    /**
     * A page's DOM nests deeply and inlines images as long strings, so the limits are wider than
     * Jackson's defaults; one event still has to fit in memory, and a larger one is damage.
     */
    static final int MAX_DEPTH = 5_000;
    static final int MAX_STRING_CHARS = 64 << 20;

    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING_CHARS).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    /** For one event a line: text after the event's object is damage. */
    static final ObjectMapper LINE_MAPPER = JsonMapper.builder(FACTORY)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** For the elements of an array, which a comma follows. */
    static final ObjectMapper ELEMENT_MAPPER = JsonMapper.builder(FACTORY).build();

    private RrwebJson() {
    }

    /** A finite number, or NaN when the field is missing, not a number or not finite. */
    static double number(JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        if (value == null || !value.isNumber()) {
            return Double.NaN;
        }
        double d = value.asDouble();
        return Double.isFinite(d) ? d : Double.NaN;
    }

    /** A whole number that fits an int, or {@code fallback}. */
    static int integer(JsonNode object, String field, int fallback) {
        JsonNode value = object == null ? null : object.get(field);
        return value != null && value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : fallback;
    }

    /** A string value, or null when missing or of another type. */
    static String text(JsonNode object, String field) {
        JsonNode value = object == null ? null : object.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
