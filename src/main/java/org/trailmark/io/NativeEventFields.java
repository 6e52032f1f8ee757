package org.trailmark.io;

import java.util.Arrays;
import java.util.Objects;
import org.trailmark.model.EventKind;

/**
 * The known fields of one event line as found, before any checking. Both line parsers (the byte
 * fast path and the Jackson fallback) fill this same shape, so checking happens in one place and
 * the two paths can be compared field by field. Reused for every line to avoid garbage.
 */
final class NativeEventFields {
    static final int T = 0;
    static final int TYPE = 1;
    static final int X = 2;
    static final int Y = 3;
    static final int DX = 4;
    static final int DY = 5;
    static final int BUTTON = 6;
    static final int CODE = 7;
    static final int TEXT = 8;
    static final int APP = 9;
    static final int TITLE = 10;
    static final int ROLE = 11;
    static final int LABEL = 12;
    static final int LENGTH = 13;
    static final int COUNT = 14;

    static final String[] NAMES = {"t", "type", "x", "y", "dx", "dy", "button", "code", "text", "app", "title",
            "role", "label", "length"};

    static final byte ABSENT = 0;
    static final byte NUMBER = 1;
    static final byte STRING = 2;
    static final byte NULL = 3;
    /** A value of any other JSON type (boolean, object, array). */
    static final byte OTHER = 4;

    final byte[] state = new byte[COUNT];
    final double[] number = new double[COUNT];
    final String[] string = new String[COUNT];
    /** The event kind named by {@code type}, or null when the type is absent, not a string or unknown. */
    EventKind kind;

    void clear() {
        Arrays.fill(state, ABSENT);
        kind = null;
    }

    void setNumber(int field, double value) {
        state[field] = NUMBER;
        number[field] = value;
        string[field] = null;
        if (field == TYPE) {
            kind = null;
        }
    }

    void setString(int field, String value) {
        state[field] = STRING;
        string[field] = value;
        if (field == TYPE) {
            kind = EventKind.ofWireName(value).orElse(null);
        }
    }

    /** The type as a known kind; cheaper than {@link #setString} because the fast path matched its bytes. */
    void setKind(EventKind value) {
        state[TYPE] = STRING;
        string[TYPE] = value.wireName();
        kind = value;
    }

    void setNull(int field) {
        state[field] = NULL;
        string[field] = null;
        if (field == TYPE) {
            kind = null;
        }
    }

    void setOther(int field) {
        state[field] = OTHER;
        string[field] = null;
        if (field == TYPE) {
            kind = null;
        }
    }

    static int fieldOfName(String name) {
        for (int i = 0; i < COUNT; i++) {
            if (NAMES[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Equal when both hold the same states and values for every field; used to compare the parse paths. */
    boolean sameAs(NativeEventFields other) {
        if (kind != other.kind) {
            return false;
        }
        for (int i = 0; i < COUNT; i++) {
            if (state[i] != other.state[i]) {
                return false;
            }
            if (state[i] == NUMBER && Double.compare(number[i], other.number[i]) != 0) {
                return false;
            }
            if (state[i] == STRING && !Objects.equals(string[i], other.string[i])) {
                return false;
            }
        }
        return true;
    }

    /** Field states and numbers only: never the strings, which may be captured text. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < COUNT; i++) {
            if (state[i] == ABSENT) {
                continue;
            }
            sb.append(NAMES[i]).append('=');
            switch (state[i]) {
                case NUMBER -> sb.append(number[i]);
                case STRING -> sb.append("<string ").append(string[i].length()).append('>');
                case NULL -> sb.append("null");
                default -> sb.append("<other>");
            }
            sb.append(' ');
        }
        return sb.append("kind=").append(kind).append('}').toString();
    }
}
