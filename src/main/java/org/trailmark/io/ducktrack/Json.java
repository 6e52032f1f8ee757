package org.trailmark.io.ducktrack;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Optional;

/** Strict JSON reading shared by the pynput-recorder importers, and typed field access. */
public final class Json {
    /** Strict: trailing garbage after an object and NaN are errors, not silently accepted. */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private Json() {
    }

    /** A finite number, or empty when the field is missing, not a number, NaN or infinite. */
    public static Optional<Double> finiteNumber(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || !value.isNumber()) {
            return Optional.empty();
        }
        double d = value.asDouble();
        return Double.isFinite(d) ? Optional.of(d) : Optional.empty();
    }

    /** A string value, or empty when missing, null or of another type. */
    public static Optional<String> text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    /** What is wrong with a numeric field, in words that never repeat its value. */
    public static String numberProblem(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return "missing " + field;
        }
        if (!value.isNumber()) {
            return field + " is not a number";
        }
        return field + " is not a finite number";
    }
}
