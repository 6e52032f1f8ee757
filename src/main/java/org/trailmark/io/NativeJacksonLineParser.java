package org.trailmark.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;

/**
 * Parses any event line with Jackson's streaming parser: the general path for lines the fast path
 * refuses. It fills the same {@link NativeEventFields} and reports malformed JSON as a plain
 * reason that never quotes the line (Jackson's own messages do, so they are not passed on).
 */
final class NativeJacksonLineParser {
    /** Jackson's default string limit (20 M characters) is below the format's line limit: lift it to match. */
    static final StreamReadConstraints LINE_CONSTRAINTS = StreamReadConstraints.builder()
            .maxStringLength(NativeFormat.MAX_LINE_BYTES)
            .maxNameLength(NativeFormat.MAX_LINE_BYTES)
            .build();

    private final JsonFactory factory = JsonFactory.builder().streamReadConstraints(LINE_CONSTRAINTS).build();

    /** Fills {@code out} and returns null, or returns why the line is not a JSON object. */
    String parse(byte[] line, int start, int end, NativeEventFields out) {
        out.clear();
        try (JsonParser parser = factory.createParser(line, start, end - start)) {
            JsonToken token = parser.nextToken();
            if (token != JsonToken.START_OBJECT) {
                return "not a JSON object";
            }
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                int field = NativeEventFields.fieldOfName(parser.currentName());
                token = parser.nextToken();
                readValue(parser, token, field, out);
            }
            if (token != JsonToken.END_OBJECT) {
                return "not valid JSON: the line ends inside the object";
            }
            if (parser.nextToken() != null) {
                return "not valid JSON: more than one value on the line";
            }
            return null;
        } catch (JsonProcessingException e) {
            return "not valid JSON" + column(e.getLocation());
        } catch (IOException e) {
            return "not valid JSON";
        }
    }

    private static void readValue(JsonParser parser, JsonToken token, int field, NativeEventFields out)
            throws IOException {
        switch (token) {
            case VALUE_STRING -> {
                if (field >= 0) {
                    out.setString(field, parser.getText());
                }
            }
            case VALUE_NUMBER_INT -> {
                if (field >= 0) {
                    JsonParser.NumberType type = parser.getNumberType();
                    boolean fitsLong = type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG;
                    out.setNumber(field, fitsLong ? (double) parser.getLongValue() : parser.getDoubleValue());
                }
            }
            case VALUE_NUMBER_FLOAT -> {
                if (field >= 0) {
                    out.setNumber(field, parser.getDoubleValue());
                }
            }
            case VALUE_NULL -> {
                if (field >= 0) {
                    out.setNull(field);
                }
            }
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                if (field >= 0) {
                    out.setOther(field);
                }
            }
            default -> {
                if (field >= 0) {
                    out.setOther(field);
                }
            }
        }
    }

    private static String column(JsonLocation location) {
        if (location == null || location.getColumnNr() <= 0) {
            return "";
        }
        return " (column " + location.getColumnNr() + ")";
    }
}
