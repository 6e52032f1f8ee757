package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads the lines of a written export file into the texts {@link LeakScanner} searches: the decoded
 * strings, what consecutive key presses spell, and the typed words. Lines as our writer makes them
 * (flat objects without escapes, nearly all of a session's lines) are read directly from the raw text;
 * any other line through Jackson.
 */
final class ExportLines {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExportLines() {
    }

    private static final String MOVE_T = "{\"t\":";
    private static final String MOVE_TYPE_X = ",\"type\":\"pointer_move\",\"x\":";
    private static final String MOVE_Y = ",\"y\":";

    /** Exactly {@code {"t":N,"type":"pointer_move","x":N,"y":N}} with integers N. */
    static boolean isPointerMove(String raw, int start, int end) {
        if (!raw.startsWith(MOVE_T, start)) {
            return false;
        }
        int i = integerEnd(raw, start + MOVE_T.length(), end);
        if (i < 0 || !raw.startsWith(MOVE_TYPE_X, i)) {
            return false;
        }
        i = integerEnd(raw, i + MOVE_TYPE_X.length(), end);
        if (i < 0 || !raw.startsWith(MOVE_Y, i)) {
            return false;
        }
        i = integerEnd(raw, i + MOVE_Y.length(), end);
        return i == end - 1 && raw.charAt(i) == '}';
    }

    /** Where an optionally negative run of digits starting at {@code i} ends, or -1 when there is none. */
    private static int integerEnd(String raw, int i, int end) {
        if (i < end && raw.charAt(i) == '-') {
            i++;
        }
        int digitsFrom = i;
        while (i < end && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
            i++;
        }
        return i > digitsFrom ? i : -1;
    }

    private static final String TYPE_KEY = "\"type\":\"";

    /** Event lines as our writer makes them (flat, no escapes) are read directly; any other line by Jackson. */
    static void read(String raw, StringBuilder decoded, StringBuilder spelled, StringBuilder typed,
                                  StringBuilder strings) {
        NextOf backslash = new NextOf(raw, "\\");
        NextOf brackets = new NextOf(raw, "[", "]");
        NextOf text = new NextOf(raw, "\"text\":\"");
        NextOf code = new NextOf(raw, "\"code\":\"");
        int start = 0;
        while (start < raw.length()) {
            int end = raw.indexOf('\n', start);
            if (end < 0) {
                end = raw.length();
            }
            if (isPointerMove(raw, start, end)) {
                // A move leaves a run of typing unbroken and holds no text.
                start = end + 1;
                continue;
            }
            if (isFlatAndUnescaped(raw, start, end, backslash, brackets)) {
                if (strings != null) {
                    quotedStrings(raw, start, end, strings);
                }
                int type = raw.indexOf(TYPE_KEY, start);
                type = type < 0 || type >= end ? -1 : type + TYPE_KEY.length();
                if (type >= 0 && (startsWithValue(raw, type, "pointer_move") || startsWithValue(raw, type, "key_up")
                        || startsWithValue(raw, type, "wheel"))) {
                    start = end + 1;
                    continue;
                }
                String textValue = text.valueIn(start, end);
                if (type >= 0 && startsWithValue(raw, type, "key_down")) {
                    spelled.append(textValue == null ? "" : textValue);
                    typed.append(KeySpelling.ofEventTyping("key_down", textValue, code.valueIn(start, end)));
                } else {
                    spelled.append(KeySpelling.BREAK);
                    typed.append(KeySpelling.BREAK);
                }
            } else if (!raw.substring(start, end).isBlank()) {
                readLine(raw.substring(start, end), decoded, spelled, typed);
            }
            start = end + 1;
        }
    }

    /** Every quoted run of a flat, unescaped line: its keys and string values, each ended by a break. */
    private static void quotedStrings(String raw, int start, int end, StringBuilder out) {
        int open = raw.indexOf('"', start);
        while (open >= 0 && open < end) {
            int close = raw.indexOf('"', open + 1);
            if (close < 0 || close >= end) {
                return;
            }
            out.append(raw, open + 1, close).append(KeySpelling.BREAK);
            open = raw.indexOf('"', close + 1);
        }
    }

    private static boolean startsWithValue(String raw, int at, String value) {
        return raw.startsWith(value, at) && at + value.length() < raw.length() && raw.charAt(at + value.length()) == '"';
    }

    private static void readLine(String line, StringBuilder decoded, StringBuilder spelled, StringBuilder typed) {
        JsonNode record = parse(line);
        collectStrings(record, decoded);
        if (record.has("actions")) {
            String s = KeySpelling.ofActions(record);
            spelled.append(KeySpelling.BREAK).append(s).append(KeySpelling.BREAK);
            typed.append(KeySpelling.BREAK).append(s).append(KeySpelling.BREAK);
        } else {
            String type = record.path("type").asText();
            String text = record.path("text").isTextual() ? record.path("text").asText() : null;
            String code = record.path("code").isTextual() ? record.path("code").asText() : null;
            spelled.append(KeySpelling.ofEvent(type, text));
            typed.append(KeySpelling.ofEventTyping(type, text, code));
        }
    }

    /**
     * Where each of some strings next occurs in a text. Lines are read in order, so each string is
     * searched forward once over the whole text instead of once per line.
     */
    private static final class NextOf {
        private final String text;
        private final String[] needles;
        private final int[] at;

        NextOf(String text, String... needles) {
            this.text = text;
            this.needles = needles;
            this.at = new int[needles.length];
            java.util.Arrays.fill(at, -2);
        }

        private int next(int n, int from) {
            if (at[n] != -1 && at[n] < from) {
                at[n] = text.indexOf(needles[n], from);
            }
            return at[n];
        }

        /** Whether any of the strings starts in {@code [from, to)}. */
        boolean anyIn(int from, int to) {
            for (int n = 0; n < needles.length; n++) {
                int i = next(n, from);
                if (i >= 0 && i < to) {
                    return true;
                }
            }
            return false;
        }

        /** The string value after the first needle (a quoted key with its colon and opening quote) in {@code [from, to)}. */
        String valueIn(int from, int to) {
            int i = next(0, from);
            if (i < 0 || i >= to) {
                return null;
            }
            int start = i + needles[0].length();
            int end = text.indexOf('"', start);
            return end < 0 || end >= to ? null : text.substring(start, end);
        }
    }

    /**
     * One object without nesting and without escapes: every quote then delimits a string, so a key is
     * found by its quoted name and its string value ends at the next quote; decoded strings equal the raw ones.
     */
    private static boolean isFlatAndUnescaped(String raw, int start, int end, NextOf backslash, NextOf brackets) {
        return end - start >= 2 && raw.charAt(start) == '{' && raw.charAt(end - 1) == '}'
                && raw.indexOf('{', start + 1) >= end - 1 && raw.indexOf('}', start + 1) == end - 1
                && !backslash.anyIn(start + 1, end - 1) && !brackets.anyIn(start + 1, end - 1);
    }

    static void collectStrings(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append(KeySpelling.BREAK);
        } else if (node.isContainerNode()) {
            node.fieldNames().forEachRemaining(n -> out.append(n).append(KeySpelling.BREAK));
            node.elements().forEachRemaining(child -> collectStrings(child, out));
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("an export file is not valid JSON", e);
        }
    }
}
