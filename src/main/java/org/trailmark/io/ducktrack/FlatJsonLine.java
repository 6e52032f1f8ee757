package org.trailmark.io.ducktrack;

import java.nio.charset.StandardCharsets;

/**
 * A byte-level reader of the lines pynput recorders write nearly always: one flat JSON object of
 * ASCII strings, numbers, booleans and nulls. It allocates nothing for a pointer move, which is
 * nearly every line. {@link #parse} refuses (returns false) anything else — escapes, non-ASCII
 * bytes, nested values, a field named twice, anything Jackson might read differently — and the
 * reader then gives the line to Jackson, so the two readings never disagree
 * ({@code FastLineEquivalenceTest} compares them on random and damaged lines).
 *
 * <p>Numbers: an integer becomes a long and then a double, as Jackson's tree does; a decimal of at
 * most 15 significant digits without exponent is its digits divided by a power of ten, both exact
 * in a double, so the one rounding is IEEE division's — the double {@link Double#parseDouble}
 * returns; any other number goes to {@link Double#parseDouble}.
 */
final class FlatJsonLine implements EventFields {
    private static final byte ABSENT_TYPE = 0;
    private static final byte NUMBER = 1;
    private static final byte STRING = 2;
    private static final byte TRUE = 3;
    private static final byte FALSE = 4;
    private static final byte NULL = 5;

    private static final String[] FIELDS = {"time_stamp", "action", "x", "y", "dx", "dy", "button", "pressed",
            "name", "pynput_key"};
    private static final byte[][] FIELD_BYTES = new byte[FIELDS.length][];
    private static final String[] ACTIONS = {"move", "click", "scroll", "press", "release", "pause", "resume"};
    private static final byte[][] ACTION_BYTES = new byte[ACTIONS.length][];
    private static final double[] POWERS_OF_TEN = new double[23];
    private static final int MAX_EXACT_DIGITS = 15;
    /** Digits that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;
    /** Longer numbers are left to Jackson, whose read limits decide them. */
    private static final int MAX_NUMBER_CHARS = 100;

    static {
        for (int i = 0; i < FIELDS.length; i++) {
            FIELD_BYTES[i] = FIELDS[i].getBytes(StandardCharsets.US_ASCII);
        }
        for (int i = 0; i < ACTIONS.length; i++) {
            ACTION_BYTES[i] = ACTIONS[i].getBytes(StandardCharsets.US_ASCII);
        }
        double p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    private static final int CACHED_STRINGS = 256;
    private static final int MAX_CACHED_LENGTH = 64;

    private final byte[][] cachedBytes = new byte[CACHED_STRINGS][];
    private final String[] cachedStrings = new String[CACHED_STRINGS];
    private final byte[] type = new byte[FIELDS.length];
    private final int[] start = new int[FIELDS.length];
    private final int[] end = new int[FIELDS.length];
    private final double[] number = new double[FIELDS.length];
    private byte[] line;
    private int pos;
    private int limit;

    /** Reads {@code bytes[from, to)}; false when the line is not one this parser reads exactly. */
    boolean parse(byte[] bytes, int from, int to) {
        java.util.Arrays.fill(type, ABSENT_TYPE);
        line = bytes;
        pos = from;
        limit = to;
        skipSpace();
        if (!take('{')) {
            return false;
        }
        skipSpace();
        if (take('}')) {
            return atEnd();
        }
        while (true) {
            if (!member()) {
                return false;
            }
            skipSpace();
            if (take('}')) {
                return atEnd();
            }
            if (!take(',')) {
                return false;
            }
            skipSpace();
        }
    }

    private boolean member() {
        if (pos >= limit || line[pos] != '"') {
            return false;
        }
        int keyStart = pos + 1;
        int keyEnd = stringEnd(keyStart);
        if (keyEnd < 0) {
            return false;
        }
        pos = keyEnd + 1;
        skipSpace();
        if (!take(':')) {
            return false;
        }
        skipSpace();
        int field = field(keyStart, keyEnd);
        if (field >= 0 && type[field] != ABSENT_TYPE) {
            return false; // named twice: Jackson's reading is the judge of that
        }
        return value(field);
    }

    private boolean value(int field) {
        if (pos >= limit) {
            return false;
        }
        byte c = line[pos];
        byte t;
        int from = pos;
        if (c == '"') {
            int close = stringEnd(pos + 1);
            if (close < 0) {
                return false;
            }
            from = pos + 1;
            pos = close + 1;
            t = STRING;
            if (field >= 0) {
                start[field] = from;
                end[field] = close;
            }
        } else if (c == '-' || c >= '0' && c <= '9') {
            double v = number();
            if (v != v && pos < 0) {
                return false;
            }
            t = NUMBER;
            if (field >= 0) {
                number[field] = v;
            }
        } else if (literal("true")) {
            t = TRUE;
        } else if (literal("false")) {
            t = FALSE;
        } else if (literal("null")) {
            t = NULL;
        } else {
            return false;
        }
        if (field >= 0) {
            type[field] = t;
        }
        return true;
    }

    /** A JSON number at {@code pos}; on a malformed one returns NaN with {@code pos} set to -1. */
    private double number() {
        int from = pos;
        boolean negative = take('-');
        int digitsFrom = pos;
        long mantissa = 0;
        int digits = 0;
        int significant = 0;
        if (pos < limit && line[pos] == '0') {
            pos++;
            digits = 1;
        } else {
            while (pos < limit && line[pos] >= '0' && line[pos] <= '9') {
                if (digits < MAX_LONG_DIGITS) {
                    mantissa = mantissa * 10 + (line[pos] - '0');
                }
                digits++;
                pos++;
            }
            significant = digits;
        }
        if (pos == digitsFrom) {
            return malformed();
        }
        int fraction = 0;
        boolean exponent = false;
        if (pos < limit && line[pos] == '.') {
            pos++;
            int fractionFrom = pos;
            while (pos < limit && line[pos] >= '0' && line[pos] <= '9') {
                if (digits < MAX_LONG_DIGITS) {
                    mantissa = mantissa * 10 + (line[pos] - '0');
                }
                if (significant > 0 || line[pos] != '0') {
                    significant++; // zeros before the first other digit do not count against exactness
                }
                digits++;
                pos++;
            }
            fraction = pos - fractionFrom;
            if (fraction == 0) {
                return malformed();
            }
        }
        if (pos < limit && (line[pos] == 'e' || line[pos] == 'E')) {
            pos++;
            if (pos < limit && (line[pos] == '+' || line[pos] == '-')) {
                pos++;
            }
            int expFrom = pos;
            while (pos < limit && line[pos] >= '0' && line[pos] <= '9') {
                pos++;
            }
            if (pos == expFrom) {
                return malformed();
            }
            exponent = true;
        }
        if (pos < limit && !isSpace(line[pos]) && line[pos] != ',' && line[pos] != '}'
                || pos - from > MAX_NUMBER_CHARS) {
            return malformed();
        }
        boolean fits = digits <= MAX_LONG_DIGITS;
        if (!exponent && fraction == 0 && fits) {
            double v = mantissa;
            return negative && mantissa != 0 ? -v : v; // an integer, as Jackson's tree holds it: -0 is 0
        }
        if (!exponent && fits && significant <= MAX_EXACT_DIGITS && fraction < POWERS_OF_TEN.length) {
            double v = mantissa / POWERS_OF_TEN[fraction];
            return negative ? -v : v;
        }
        return Double.parseDouble(new String(line, from, pos - from, StandardCharsets.US_ASCII));
    }

    private double malformed() {
        pos = -1;
        return Double.NaN;
    }

    /** The index of the closing quote of a plain ASCII string starting at {@code from}, or -1. */
    private int stringEnd(int from) {
        for (int i = from; i < limit; i++) {
            byte c = line[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) { // escapes, control characters and every non-ASCII byte
                return -1;
            }
        }
        return -1;
    }

    private int field(int from, int to) {
        int length = to - from;
        for (int f = 0; f < FIELD_BYTES.length; f++) {
            if (FIELD_BYTES[f].length == length && same(FIELD_BYTES[f], from)) {
                return f;
            }
        }
        return -1;
    }

    private boolean same(byte[] expected, int from) {
        for (int i = 0; i < expected.length; i++) {
            if (line[from + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private boolean literal(String word) {
        int n = word.length();
        if (limit - pos < n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (line[pos + i] != word.charAt(i)) {
                return false;
            }
        }
        int after = pos + n;
        if (after < limit && !isSpace(line[after]) && line[after] != ',' && line[after] != '}') {
            return false;
        }
        pos = after;
        return true;
    }

    private boolean atEnd() {
        skipSpace();
        return pos == limit;
    }

    private boolean take(char c) {
        if (pos < limit && line[pos] == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void skipSpace() {
        while (pos < limit && isSpace(line[pos])) {
            pos++;
        }
    }

    private static boolean isSpace(byte c) {
        return c == ' ' || c == '\t';
    }

    private static int index(String field) {
        for (int f = 0; f < FIELDS.length; f++) {
            if (FIELDS[f].equals(field)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a field the fast parser keeps: " + field);
    }

    @Override
    public boolean has(String field) {
        return type[index(field)] != ABSENT_TYPE;
    }

    @Override
    public double finiteNumber(String field) {
        int f = index(field);
        return type[f] == NUMBER && Double.isFinite(number[f]) ? number[f] : Double.NaN;
    }

    @Override
    public String numberProblem(String field) {
        byte t = type[index(field)];
        if (t == ABSENT_TYPE || t == NULL) {
            return "missing " + field;
        }
        return t == NUMBER ? field + " is not a finite number" : field + " is not a number";
    }

    @Override
    public String text(String field) {
        int f = index(field);
        if (type[f] != STRING) {
            return null;
        }
        int length = end[f] - start[f];
        for (int a = 0; a < ACTION_BYTES.length; a++) {
            if (ACTION_BYTES[a].length == length && same(ACTION_BYTES[a], start[f])) {
                return ACTIONS[a];
            }
        }
        return remembered(start[f], length);
    }

    /**
     * The string of those bytes, from a small cache: key and button names repeat all through a
     * recording, and a new string for each would be most of what a long read allocates.
     */
    private String remembered(int from, int length) {
        int hash = 1;
        for (int i = from; i < from + length; i++) {
            hash = 31 * hash + line[i];
        }
        int slot = (hash ^ (hash >>> 16)) & (CACHED_STRINGS - 1);
        byte[] cached = cachedBytes[slot];
        if (cached != null && cached.length == length && same(cached, from)) {
            return cachedStrings[slot];
        }
        String text = new String(line, from, length, StandardCharsets.US_ASCII);
        if (length <= MAX_CACHED_LENGTH) {
            cachedBytes[slot] = java.util.Arrays.copyOfRange(line, from, from + length);
            cachedStrings[slot] = text;
        }
        return text;
    }

    @Override
    public int flag(String field) {
        byte t = type[index(field)];
        if (t == ABSENT_TYPE) {
            return ABSENT;
        }
        return t == TRUE ? 1 : t == FALSE ? 0 : NOT_BOOLEAN;
    }
}
