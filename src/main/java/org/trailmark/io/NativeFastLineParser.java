package org.trailmark.io;

import java.nio.charset.StandardCharsets;
import org.trailmark.model.EventKind;

/**
 * Parses the plain shape of an event line straight from its bytes: one flat JSON object whose
 * values are integers or ASCII strings without escapes, keys in any order. That shape is what
 * capture tools write for almost every line, and reading it here is several times faster than a
 * general JSON parser. Anything else (escapes, non-ASCII text, fractions, exponents, literals,
 * nesting, odd syntax) is refused, and the caller hands the line to the Jackson fallback — so
 * this class never has to report an error and cannot disagree with the fallback on a hard case.
 */
final class NativeFastLineParser {
    /** Longer strings go to the fallback, which applies Jackson's own length limits. */
    private static final int MAX_FAST_STRING = 1 << 20;
    private static final int MAX_DIGITS = 18;

    private static final EventKind[] KINDS = EventKind.values();
    private static final byte[][] KIND_NAMES = new byte[KINDS.length][];

    static {
        for (int i = 0; i < KINDS.length; i++) {
            KIND_NAMES[i] = KINDS[i].wireName().getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static final byte[] MOVE_MIDDLE = ",\"type\":\"pointer_move\",\"x\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] MOVE_Y = ",\"y\":".getBytes(StandardCharsets.US_ASCII);
    /** Length of the shortest canonical move line, {"t":0,"type":"pointer_move","x":0,"y":0}. */
    private static final int MIN_MOVE_LENGTH = 42;

    private byte[] buf;
    private int pos;
    private int end;

    /** The values of the last line {@link #canonicalMove} took, in the file's time unit. */
    long moveT;
    long moveX;
    long moveY;
    private long integer;

    /**
     * Takes only the exact line every writer emits for a pointer move,
     * {@code {"t":N,"type":"pointer_move","x":N,"y":N}}: nearly every line of a capture, and
     * recognised here without looking keys up. Refused lines go through {@link #parse}.
     */
    boolean canonicalMove(byte[] line, int start, int stop) {
        if (stop - start < MIN_MOVE_LENGTH || line[start] != '{' || line[start + 1] != '"' || line[start + 2] != 't'
                || line[start + 3] != '"' || line[start + 4] != ':') {
            return false;
        }
        buf = line;
        pos = start + 5;
        end = stop;
        if (!plainInteger()) {
            return false;
        }
        moveT = integer;
        if (!literal(MOVE_MIDDLE) || !plainInteger()) {
            return false;
        }
        moveX = integer;
        if (!literal(MOVE_Y) || !plainInteger()) {
            return false;
        }
        moveY = integer;
        if (pos >= end || buf[pos] != '}') {
            return false;
        }
        pos++;
        return restIsWhitespace();
    }

    /** An integer of at most 10 digits in valid JSON form (no leading zeros), into {@link #integer}. */
    private boolean plainInteger() {
        boolean negative = pos < end && buf[pos] == '-';
        if (negative) {
            pos++;
        }
        int from = pos;
        long value = 0;
        while (pos < end) {
            int c = buf[pos];
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            pos++;
        }
        int digits = pos - from;
        if (digits == 0 || digits > 10 || (digits > 1 && buf[from] == '0')) {
            return false;
        }
        integer = negative ? -value : value;
        return true;
    }

    private boolean literal(byte[] expected) {
        if (end - pos < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (buf[pos + i] != expected[i]) {
                return false;
            }
        }
        pos += expected.length;
        return true;
    }

    /**
     * Fills {@code out} from the line {@code [start, end)} and returns true, or returns false when
     * the line is not in the plain shape ({@code out} is then undefined).
     */
    boolean parse(byte[] line, int start, int stop, NativeEventFields out) {
        out.clear();
        buf = line;
        pos = start;
        end = stop;
        skipWhitespace();
        if (pos >= end || buf[pos] != '{') {
            return false;
        }
        pos++;
        skipWhitespace();
        if (pos < end && buf[pos] == '}') {
            pos++;
            return restIsWhitespace();
        }
        while (true) {
            int field = readKey();
            if (field == Integer.MIN_VALUE) {
                return false;
            }
            skipWhitespace();
            if (pos >= end || buf[pos] != ':') {
                return false;
            }
            pos++;
            skipWhitespace();
            if (pos >= end) {
                return false;
            }
            byte c = buf[pos];
            if (c == '"') {
                if (!readStringValue(field, out)) {
                    return false;
                }
            } else if (c == '-' || (c >= '0' && c <= '9')) {
                if (!readNumberValue(field, out)) {
                    return false;
                }
            } else {
                return false;
            }
            skipWhitespace();
            if (pos >= end) {
                return false;
            }
            c = buf[pos++];
            if (c == '}') {
                return restIsWhitespace();
            }
            if (c != ',') {
                return false;
            }
            skipWhitespace();
        }
    }

    /** Reads a quoted key and returns its field index, -1 for a key we ignore, MIN_VALUE to refuse. */
    private int readKey() {
        if (pos >= end || buf[pos] != '"') {
            return Integer.MIN_VALUE;
        }
        int from = ++pos;
        int to = scanPlainString();
        if (to < 0) {
            return Integer.MIN_VALUE;
        }
        return fieldOf(from, to - from);
    }

    /** Advances past a string's closing quote and returns the index of that quote, or -1 to refuse. */
    private int scanPlainString() {
        int p = pos;
        byte[] b = buf;
        int limit = Math.min(end, p + MAX_FAST_STRING);
        while (p < limit) {
            byte c = b[p];
            if (c == '"') {
                pos = p + 1;
                return p;
            }
            // negative bytes are non-ASCII (UTF-8 to validate), \\ starts an escape, < 0x20 is invalid JSON
            if (c < 0x20 || c == '\\') {
                return -1;
            }
            p++;
        }
        return -1;
    }

    private boolean readStringValue(int field, NativeEventFields out) {
        int from = ++pos;
        int to = scanPlainString();
        if (to < 0) {
            return false;
        }
        if (field == NativeEventFields.TYPE) {
            EventKind kind = kindOf(from, to - from);
            if (kind != null) {
                out.setKind(kind);
                return true;
            }
        }
        if (field >= 0) {
            out.setString(field, new String(buf, from, to - from, StandardCharsets.ISO_8859_1));
        }
        return true;
    }

    private boolean readNumberValue(int field, NativeEventFields out) {
        boolean negative = false;
        if (buf[pos] == '-') {
            negative = true;
            pos++;
        }
        if (pos >= end) {
            return false;
        }
        int first = buf[pos];
        if (first < '0' || first > '9') {
            return false;
        }
        if (first == '0' && pos + 1 < end && buf[pos + 1] >= '0' && buf[pos + 1] <= '9') {
            return false; // leading zeros are invalid JSON: let the fallback report it
        }
        long value = 0;
        int digits = 0;
        while (pos < end) {
            int c = buf[pos];
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            digits++;
            pos++;
        }
        if (digits > MAX_DIGITS) {
            return false;
        }
        if (pos < end) {
            byte c = buf[pos];
            if (c == '.' || c == 'e' || c == 'E') {
                return false;
            }
        }
        if (field >= 0) {
            out.setNumber(field, negative ? -value : value);
        }
        return true;
    }

    private void skipWhitespace() {
        while (pos < end) {
            byte c = buf[pos];
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return;
            }
            pos++;
        }
    }

    private boolean restIsWhitespace() {
        skipWhitespace();
        return pos == end;
    }

    private EventKind kindOf(int from, int length) {
        for (int k = 0; k < KIND_NAMES.length; k++) {
            if (equalsAscii(KIND_NAMES[k], from, length)) {
                return KINDS[k];
            }
        }
        return null;
    }

    private boolean equalsAscii(byte[] name, int from, int length) {
        if (name.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buf[from + i] != name[i]) {
                return false;
            }
        }
        return true;
    }

    private int fieldOf(int from, int length) {
        byte[] b = buf;
        switch (length) {
            case 1 -> {
                byte c = b[from];
                return c == 't' ? NativeEventFields.T
                        : c == 'x' ? NativeEventFields.X
                        : c == 'y' ? NativeEventFields.Y : -1;
            }
            case 2 -> {
                if (b[from] == 'd') {
                    byte c = b[from + 1];
                    return c == 'x' ? NativeEventFields.DX : c == 'y' ? NativeEventFields.DY : -1;
                }
                return -1;
            }
            case 3 -> {
                return b[from] == 'a' && b[from + 1] == 'p' && b[from + 2] == 'p' ? NativeEventFields.APP : -1;
            }
            case 4 -> {
                return matches(from, "type") ? NativeEventFields.TYPE
                        : matches(from, "code") ? NativeEventFields.CODE
                        : matches(from, "text") ? NativeEventFields.TEXT
                        : matches(from, "role") ? NativeEventFields.ROLE : -1;
            }
            case 5 -> {
                return matches(from, "title") ? NativeEventFields.TITLE
                        : matches(from, "label") ? NativeEventFields.LABEL : -1;
            }
            case 6 -> {
                return matches(from, "button") ? NativeEventFields.BUTTON
                        : matches(from, "length") ? NativeEventFields.LENGTH : -1;
            }
            default -> {
                return -1;
            }
        }
    }

    private boolean matches(int from, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (buf[from + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
