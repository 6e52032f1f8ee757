package org.trailmark.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Looks for every flagged value of an export in one written file, in one pass per way a value can
 * show. The rules:
 * <ul>
 *   <li>values of at least {@link Redactor#MIN_CHECKED_LENGTH} characters must not appear anywhere:
 *       not in the raw bytes, not in any decoded JSON string, not with separators removed (when at
 *       least {@link #MIN_COMPACT_LENGTH} letters and digits remain), and not spelled by consecutive
 *       typing and single-key actions, key events or keystroke rows;</li>
 *   <li>a value of digits only shorter than {@link #SPECIFIC_DIGITS} digits (a PIN, a postcode, a
 *       date written 12-04-1990) would match the file's own numbers — times, pixels, 0–1 coordinates
 *       — by chance, and a captured value never becomes a JSON number: it is looked for in the file's
 *       strings (typed text, titles, any string value) and in what key actions spell, not in its numbers;</li>
 *   <li>shorter values (at least {@link Redactor#MIN_TOKEN_LENGTH}: a PIN, a short password) would match
 *       ordinary text by chance anywhere, so they are checked only where they leak as what they were:
 *       as a whole word (bounded by non-letters and non-digits) of what the file says was typed —
 *       the typing and single keys of a trajectory, the consecutive key presses of an event stream
 *       (a key without text other than Shift ends a word), the key codes of a keystroke table.</li>
 * </ul>
 * In {@code .jsonl} files a match never spans two lines (JSON escapes a value's newlines), and a line of
 * exactly the pointer-move shape our writer gives is not searched: it holds only numbers and fixed words.
 * Every other line is searched raw; lines with escapes or nesting are also decoded by Jackson.
 * Problems name the file and the way a value showed, never the value.
 */
final class LeakScanner {
    /** Without separators short values would match unrelated runs of letters and digits. */
    static final int MIN_COMPACT_LENGTH = 6;
    /** From this many digits a number is specific enough that a chance match in the file's own numbers is negligible. */
    static final int SPECIFIC_DIGITS = 10;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final char BREAK = '\u0000';

    private final List<String> values;
    private final MultiMatcher exact;
    private final MultiMatcher compact;
    private final int[] compactOwner;
    private final List<String> shortValues;
    /** Values of digits only, and the digit forms of values with separators: looked for in strings only. */
    private final List<String> numericValues;
    private final List<String> numericCompacts;
    private final List<Integer> numericCompactOwner;

    LeakScanner(Set<String> originals) {
        values = new ArrayList<>();
        shortValues = new ArrayList<>();
        numericValues = new ArrayList<>();
        numericCompacts = new ArrayList<>();
        numericCompactOwner = new ArrayList<>();
        for (String o : new TreeSet<>(originals)) {
            if (o.length() >= Redactor.MIN_CHECKED_LENGTH && isFewDigits(o)) {
                numericValues.add(o);
            } else if (o.length() >= Redactor.MIN_CHECKED_LENGTH) {
                values.add(o);
            } else if (o.length() >= Redactor.MIN_TOKEN_LENGTH) {
                shortValues.add(o);
            }
        }
        exact = new MultiMatcher(values);
        List<String> compacted = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String c = compact(values.get(i));
            if (c.length() >= MIN_COMPACT_LENGTH && isFewDigits(c)) {
                numericCompacts.add(c);
                numericCompactOwner.add(i);
            } else if (c.length() >= MIN_COMPACT_LENGTH) {
                compacted.add(c);
                owners.add(i);
            }
        }
        compact = new MultiMatcher(compacted);
        compactOwner = owners.stream().mapToInt(Integer::intValue).toArray();
    }

    boolean isEmpty() {
        return values.isEmpty() && shortValues.isEmpty() && numericValues.isEmpty();
    }

    private static boolean isFewDigits(String value) {
        return value.length() < SPECIFIC_DIGITS && value.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private boolean looksForNumbers() {
        return !numericValues.isEmpty() || !numericCompacts.isEmpty();
    }

    /** Files from this size on are read on two threads: the pattern pass and the reading of the lines are independent. */
    private static final int PARALLEL_FROM_BYTES = 4 << 20;

    List<String> scan(String name, byte[] bytes) {
        return scan(name, bytes, () -> { });
    }

    /**
     * @param alongside other work on the same bytes (a checksum) that runs on this thread while the
     *                  pattern pass of a large file runs on another
     */
    List<String> scan(String name, byte[] bytes, Runnable alongside) {
        if (isEmpty()) {
            alongside.run();
            return List.of();
        }
        String raw = new String(bytes, StandardCharsets.UTF_8);
        BitSet asText = new BitSet();
        BitSet rawCompact = new BitSet();
        Runnable patternPass = name.endsWith(".jsonl")
                ? () -> patternPassByLine(raw, exact.run(asText), compact.run(rawCompact))
                : () -> exact.run(asText).feedBoth(raw, compact.run(rawCompact));
        Thread second = null;
        if (bytes.length >= PARALLEL_FROM_BYTES) {
            second = new Thread(patternPass, "export-verify");
            second.setDaemon(true);
            second.start();
        } else {
            patternPass.run();
        }
        StringBuilder decoded = new StringBuilder();
        StringBuilder spelled = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        // Flat event lines skip the decoded text (their raw text is searched); numbers need their strings.
        StringBuilder strings = looksForNumbers() ? new StringBuilder() : null;
        try {
            if (name.endsWith(".jsonl")) {
                readLines(raw, decoded, spelled, typed, strings);
            } else if (name.endsWith(".json")) {
                collectStrings(parse(raw), decoded);
            } else if (name.endsWith(".tsv")) {
                String table = tableSpelling(raw);
                spelled.append(table);
                typed.append(table);
            } else if (strings != null && !name.endsWith(".json")) {
                strings.append(raw);
            }
            alongside.run();
        } finally {
            join(second);
        }
        exact.run(asText).feed(decoded.toString());
        BitSet asCompact = owners(rawCompact, compactFind(decoded.toString()));
        BitSet asSpelled = new BitSet();
        exact.run(asSpelled).feed(spelled.toString());
        asSpelled.or(owners(compactFind(spelled.toString())));

        List<String> problems = new ArrayList<>();
        for (int v = 0; v < values.size(); v++) {
            if (asText.get(v)) {
                problems.add(name + ": a flagged value appears as text");
            } else if (asCompact.get(v)) {
                problems.add(name + ": a flagged value appears with its separators removed");
            } else if (asSpelled.get(v)) {
                problems.add(name + ": a flagged value is spelled by consecutive key actions");
            }
        }
        if (looksForNumbers()) {
            String inStrings = decoded + String.valueOf(BREAK) + strings;
            String spelledText = spelled.toString();
            for (String v : numericValues) {
                if (inStrings.contains(v)) {
                    problems.add(name + ": a flagged value appears as text");
                } else if (spelledText.contains(v)) {
                    problems.add(name + ": a flagged value is spelled by consecutive key actions");
                }
            }
            String compactStrings = compact(inStrings);
            String compactSpelled = compact(spelledText);
            for (int n = 0; n < numericCompacts.size(); n++) {
                int owner = numericCompactOwner.get(n);
                if (asText.get(owner)) {
                    continue;
                }
                if (compactStrings.contains(numericCompacts.get(n))) {
                    problems.add(name + ": a flagged value appears with its separators removed");
                } else if (!asSpelled.get(owner) && compactSpelled.contains(numericCompacts.get(n))) {
                    problems.add(name + ": a flagged value is spelled by consecutive key actions");
                }
            }
        }
        for (String s : shortValues) {
            if (containsAsWord(typed, s)) {
                problems.add(name + ": a short flagged value is typed as a whole word");
            }
        }
        return problems;
    }

    /**
     * The raw text of each line through both matchers, except lines of the exact shape our writer gives
     * a pointer move ({@link #isPointerMove}): those hold only numbers and fixed words, no captured text,
     * and they are nearly all of a session's lines. A line ends every match: JSON escapes a value's newlines.
     */
    private static void patternPassByLine(String raw, MultiMatcher.Run text, MultiMatcher.Run compacted) {
        int start = 0;
        while (start < raw.length()) {
            int end = raw.indexOf('\n', start);
            if (end < 0) {
                end = raw.length();
            }
            if (!isPointerMove(raw, start, end)) {
                text.reset();
                compacted.reset();
                text.feedBoth(raw, start, end, compacted);
            }
            start = end + 1;
        }
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

    private static void join(Thread thread) {
        if (thread == null) {
            return;
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The pass must finish before its findings are read; the interrupt is passed on after.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private BitSet compactFind(String text) {
        BitSet found = new BitSet();
        compact.run(found).feedCompacted(text);
        return found;
    }

    private BitSet owners(BitSet... compactIds) {
        BitSet owners = new BitSet();
        for (BitSet ids : compactIds) {
            ids.stream().forEach(id -> owners.set(compactOwner[id]));
        }
        return owners;
    }

    private static final String BREAK_TEXT = String.valueOf(BREAK);
    private static final String TYPE_KEY = "\"type\":\"";

    /** Event lines as our writer makes them (flat, no escapes) are read directly; any other line by Jackson. */
    private static void readLines(String raw, StringBuilder decoded, StringBuilder spelled, StringBuilder typed,
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
                    typed.append(eventTyping("key_down", textValue, code.valueIn(start, end)));
                } else {
                    spelled.append(BREAK);
                    typed.append(BREAK);
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
            out.append(raw, open + 1, close).append(BREAK);
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
            String s = spelling(record);
            spelled.append(BREAK).append(s).append(BREAK);
            typed.append(BREAK).append(s).append(BREAK);
        } else {
            String type = record.path("type").asText();
            String text = record.path("text").isTextual() ? record.path("text").asText() : null;
            String code = record.path("code").isTextual() ? record.path("code").asText() : null;
            spelled.append(eventSpelling(type, text));
            typed.append(eventTyping(type, text, code));
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

    /**
     * One event of a native stream: key presses add their text; moves, wheels and releases leave a
     * run of typing unbroken; anything else (a click, a focus change) ends it.
     */
    private static String eventSpelling(String type, String text) {
        if (type == null) {
            return BREAK_TEXT;
        }
        return switch (type) {
            case "key_down" -> text == null ? "" : text;
            case "key_up", "pointer_move", "wheel" -> "";
            default -> BREAK_TEXT;
        };
    }

    /** As {@link #eventSpelling}, but a key without text (Tab, Enter, an arrow) ends a word; Shift does not. */
    private static String eventTyping(String type, String text, String code) {
        if ("key_down".equals(type) && text == null) {
            return code != null && code.startsWith("Shift") ? "" : BREAK_TEXT;
        }
        return eventSpelling(type, text);
    }

    /** Typing and single keys of one trajectory record in order: how a value typed key by key would read. */
    private static String spelling(JsonNode record) {
        StringBuilder s = new StringBuilder();
        for (JsonNode action : record.path("actions")) {
            String type = action.path("type").asText();
            if (type.equals("type")) {
                s.append(action.path("text").asText());
            } else if (type.equals("key") && action.path("keys").size() == 1) {
                String key = action.path("keys").get(0).asText();
                s.append(key.length() == 1 ? key : key.equals("space") ? " " : String.valueOf(BREAK));
            } else if (!type.equals("wait")) {
                s.append(BREAK);
            }
        }
        return s.toString();
    }

    /** The key code column of a keystroke table read as the characters those keys type. */
    private static String tableSpelling(String table) {
        StringBuilder s = new StringBuilder();
        String[] rows = table.split("\n");
        for (int r = 1; r < rows.length; r++) {
            String[] cells = rows[r].split("\t", -1);
            String code = cells.length > 2 ? cells[2] : "";
            if (code.startsWith("Key") && code.length() == 4) {
                s.append(Character.toLowerCase(code.charAt(3)));
            } else if (code.startsWith("Digit") && code.length() == 6) {
                s.append(code.charAt(5));
            } else if (code.equals("Space")) {
                s.append(' ');
            } else if (!code.startsWith("Shift")) {
                s.append(BREAK);
            }
        }
        return s.toString();
    }

    static boolean containsAsWord(CharSequence text, String word) {
        String t = text.toString();
        for (int at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            boolean endsWord = end == t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startsWord && endsWord) {
                return true;
            }
        }
        return false;
    }

    /** Letters and digits only, lower-cased: the form a value takes with its separators removed. */
    static String compact(String text) {
        return MultiMatcher.compacted(text);
    }

    private static void collectStrings(JsonNode node, StringBuilder out) {
        if (node.isTextual()) {
            out.append(node.asText()).append(BREAK);
        } else if (node.isContainerNode()) {
            node.fieldNames().forEachRemaining(n -> out.append(n).append(BREAK));
            node.elements().forEachRemaining(child -> collectStrings(child, out));
        }
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("an export file is not valid JSON", e);
        }
    }
}
