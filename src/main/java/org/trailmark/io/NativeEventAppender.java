package org.trailmark.io;

import java.util.regex.Pattern;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLogBuilder;

/**
 * Checks the fields of one event line and appends the event to the log. The one place where the
 * format's rules for events live, so both parse paths are judged alike. Reasons name fields and
 * format words only, never values that could be captured content.
 */
final class NativeEventAppender {
    private static final double TWO_POW_53 = 9007199254740992.0;
    /** Type, button and role names are quoted back only when they look like format words. */
    private static final Pattern FORMAT_WORD = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    private final boolean microseconds;
    private final SessionLogBuilder builder;
    private String reason;
    private int coordinate;
    private long shiftMs;

    NativeEventAppender(SessionLogBuilder builder, boolean microseconds) {
        this.builder = builder;
        this.microseconds = microseconds;
    }

    /** Moves every later event by {@code ms}: the capture's clock was reset and continues after a pause. */
    void shift(long ms) {
        shiftMs += ms;
    }

    long shiftMs() {
        return shiftMs;
    }

    /** The event's time in milliseconds as it would be appended, or -1 when its {@code t} is unusable. */
    int timeOf(NativeEventFields f) {
        if (f.kind == null || f.state[NativeEventFields.T] != NativeEventFields.NUMBER) {
            return -1;
        }
        int t = timeMs(f.number[NativeEventFields.T]);
        reason = null;
        return t;
    }

    /** Why the last line was skipped or repaired, or null when it was appended as it was. */
    String reason() {
        return reason;
    }

    /** Appends the event and returns true (possibly with a repair {@link #reason()}), or returns false. */
    boolean append(NativeEventFields f) {
        reason = null;
        EventKind kind = f.kind;
        if (kind == null) {
            return refuseType(f);
        }
        if (f.state[NativeEventFields.T] != NativeEventFields.NUMBER) {
            return refuse(f.state[NativeEventFields.T] == NativeEventFields.ABSENT
                    ? kind.wireName() + " event without field \"t\"; skipped"
                    : "field \"t\" must be a number; event skipped");
        }
        int t = timeMs(f.number[NativeEventFields.T]);
        if (t < 0) {
            return false;
        }
        if (t < builder.lastTime()) {
            return refuse("time goes backwards (t is before the previous event's); event skipped");
        }
        return switch (kind) {
            case POINTER_MOVE -> appendPointer(f, t, kind, 0, 0);
            case BUTTON_DOWN, BUTTON_UP -> appendButton(f, t, kind);
            case WHEEL -> appendWheel(f, t);
            case KEY_DOWN, KEY_UP -> appendKey(f, t, kind);
            case FOCUS -> appendFocus(f, t);
            case FIELD -> appendField(f, t);
            case MARKER -> appendMarker(f, t);
            case CLIPBOARD -> appendClipboard(f, t);
            case PAUSE, RESUME -> {
                builder.add(t, kind, 0, 0, 0, 0);
                yield true;
            }
        };
    }

    private boolean refuseType(NativeEventFields f) {
        byte state = f.state[NativeEventFields.TYPE];
        if (state == NativeEventFields.ABSENT) {
            return refuse("event without field \"type\"; skipped");
        }
        if (state != NativeEventFields.STRING) {
            return refuse("field \"type\" must be a string; event skipped");
        }
        String name = f.string[NativeEventFields.TYPE];
        return refuse(FORMAT_WORD.matcher(name).matches()
                ? "unknown event type \"" + name + "\"; skipped"
                : "unknown event type; skipped");
    }

    /** Milliseconds from session start, or -1 after setting the reason. */
    private int timeMs(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            refuse("field \"t\" is not a finite number; event skipped");
            return -1;
        }
        if (value < 0) {
            refuse("field \"t\" is negative; event skipped");
            return -1;
        }
        double ms;
        if (!microseconds) {
            ms = Math.floor(value);
        } else if (value < TWO_POW_53 && value == Math.rint(value)) {
            ms = Math.floorDiv((long) value, 1000L);
        } else {
            ms = Math.floor(value / 1000.0);
        }
        ms += shiftMs;
        if (ms > Integer.MAX_VALUE) {
            refuse("field \"t\" is beyond the supported range (about 24 days after the session start); event skipped");
            return -1;
        }
        return (int) ms;
    }

    private boolean appendPointer(NativeEventFields f, int t, EventKind kind, int a, int b) {
        if (!coordinate(f, NativeEventFields.X, kind)) {
            return false;
        }
        int x = coordinate;
        if (!coordinate(f, NativeEventFields.Y, kind)) {
            return false;
        }
        builder.add(t, kind, x, coordinate, a, b);
        return true;
    }

    private boolean appendButton(NativeEventFields f, int t, EventKind kind) {
        byte state = f.state[NativeEventFields.BUTTON];
        if (state == NativeEventFields.ABSENT || state == NativeEventFields.NULL) {
            return refuse(kind.wireName() + " event without field \"button\"; skipped");
        }
        if (state != NativeEventFields.STRING) {
            return refuse("field \"button\" must be a string; event skipped");
        }
        String name = f.string[NativeEventFields.BUTTON];
        PointerButton button = PointerButton.ofWireName(name).orElse(null);
        String repaired = null;
        if (button == null) {
            button = PointerButton.OTHER;
            repaired = (FORMAT_WORD.matcher(name).matches() ? "unknown button \"" + name + "\"" : "unknown button")
                    + "; kept as \"other\"";
        }
        if (!appendPointer(f, t, kind, button.ordinal(), 0)) {
            return false;
        }
        reason = repaired;
        return true;
    }

    private boolean appendWheel(NativeEventFields f, int t) {
        if (!coordinate(f, NativeEventFields.DX, EventKind.WHEEL)) {
            return false;
        }
        int dx = coordinate;
        if (!coordinate(f, NativeEventFields.DY, EventKind.WHEEL)) {
            return false;
        }
        return appendPointer(f, t, EventKind.WHEEL, dx, coordinate);
    }

    private boolean appendKey(NativeEventFields f, int t, EventKind kind) {
        byte state = f.state[NativeEventFields.CODE];
        if (state == NativeEventFields.ABSENT || state == NativeEventFields.NULL) {
            return refuse(kind.wireName() + " event without field \"code\"; skipped");
        }
        if (state != NativeEventFields.STRING) {
            return refuse("field \"code\" must be a string; event skipped");
        }
        if (!optionalString(f, NativeEventFields.TEXT)) {
            return false;
        }
        builder.add(t, kind, 0, 0, builder.intern(stringOrNull(f, NativeEventFields.CODE)),
                builder.intern(stringOrNull(f, NativeEventFields.TEXT)));
        return true;
    }

    private boolean appendFocus(NativeEventFields f, int t) {
        if (!optionalString(f, NativeEventFields.APP) || !optionalString(f, NativeEventFields.TITLE)) {
            return false;
        }
        builder.add(t, EventKind.FOCUS, 0, 0, builder.intern(stringOrNull(f, NativeEventFields.APP)),
                builder.intern(stringOrNull(f, NativeEventFields.TITLE)));
        return true;
    }

    private boolean appendField(NativeEventFields f, int t) {
        byte state = f.state[NativeEventFields.ROLE];
        if (state == NativeEventFields.ABSENT || state == NativeEventFields.NULL) {
            return refuse("field event without field \"role\"; skipped");
        }
        if (state != NativeEventFields.STRING) {
            return refuse("field \"role\" must be a string; event skipped");
        }
        if (!optionalString(f, NativeEventFields.LABEL)) {
            return false;
        }
        String name = f.string[NativeEventFields.ROLE];
        FieldRole role = FieldRole.ofWireName(name).orElse(null);
        String repaired = null;
        if (role == null) {
            role = FieldRole.OTHER;
            repaired = (FORMAT_WORD.matcher(name).matches() ? "unknown field role \"" + name + "\"" : "unknown field role")
                    + "; kept as \"other\"";
        }
        builder.add(t, EventKind.FIELD, 0, 0, role.ordinal(), builder.intern(stringOrNull(f, NativeEventFields.LABEL)));
        reason = repaired;
        return true;
    }

    private boolean appendMarker(NativeEventFields f, int t) {
        if (!optionalString(f, NativeEventFields.LABEL)) {
            return false;
        }
        builder.add(t, EventKind.MARKER, 0, 0, builder.intern(stringOrNull(f, NativeEventFields.LABEL)), 0);
        return true;
    }

    /** A clipboard event needs its length (a whole number of characters); the text is optional. */
    private boolean appendClipboard(NativeEventFields f, int t) {
        byte state = f.state[NativeEventFields.LENGTH];
        if (state == NativeEventFields.ABSENT || state == NativeEventFields.NULL) {
            return refuse("clipboard event without field \"length\"; skipped");
        }
        double length = f.number[NativeEventFields.LENGTH];
        if (state != NativeEventFields.NUMBER || length < 0 || length > Integer.MAX_VALUE || length != Math.rint(length)) {
            return refuse("field \"length\" must be a whole number of characters, 0 or more; event skipped");
        }
        if (!optionalString(f, NativeEventFields.TEXT)) {
            return false;
        }
        builder.add(t, EventKind.CLIPBOARD, 0, 0, (int) length, builder.intern(stringOrNull(f, NativeEventFields.TEXT)));
        return true;
    }

    /** An optional string is fine absent or null (both mean none); any other type skips the event. */
    private boolean optionalString(NativeEventFields f, int field) {
        byte state = f.state[field];
        if (state == NativeEventFields.NUMBER || state == NativeEventFields.OTHER) {
            return refuse("field \"" + NativeEventFields.NAMES[field] + "\" must be a string; event skipped");
        }
        return true;
    }

    /** The string of a field, or null when it is absent or null (the array may hold an earlier line's value). */
    private static String stringOrNull(NativeEventFields f, int field) {
        return f.state[field] == NativeEventFields.STRING ? f.string[field] : null;
    }

    /** Reads a coordinate-like integer into {@link #coordinate}, rounding fractions, or sets the reason. */
    private boolean coordinate(NativeEventFields f, int field, EventKind kind) {
        byte state = f.state[field];
        String name = NativeEventFields.NAMES[field];
        if (state == NativeEventFields.ABSENT) {
            return refuse(kind.wireName() + " event without field \"" + name + "\"; skipped");
        }
        if (state != NativeEventFields.NUMBER) {
            return refuse("field \"" + name + "\" must be a number; event skipped");
        }
        double value = f.number[field];
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return refuse("field \"" + name + "\" is not a finite number; event skipped");
        }
        double rounded = Math.rint(value) == value ? value : Math.floor(value + 0.5);
        if (Math.abs(rounded) > NativeFormat.COORDINATE_LIMIT) {
            return refuse("field \"" + name + "\" is out of range (beyond ±1,000,000); event skipped");
        }
        coordinate = (int) rounded;
        return true;
    }

    private boolean refuse(String why) {
        reason = why;
        return false;
    }
}
