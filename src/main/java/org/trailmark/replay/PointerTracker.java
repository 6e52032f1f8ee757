package org.trailmark.replay;

import org.trailmark.model.EventKind;

/** Follows the pointer position and which buttons are held, one event at a time. */
final class PointerTracker {
    /** Set in {@link #packedButtons()} once any pointer event gave a position. */
    static final int KNOWN = 1 << 31;

    private int x;
    private int y;
    private int buttons;

    void apply(EventKind kind, int ex, int ey, int a) {
        switch (kind) {
            case POINTER_MOVE, WHEEL -> position(ex, ey);
            case BUTTON_DOWN -> {
                position(ex, ey);
                buttons |= bit(a);
            }
            case BUTTON_UP -> {
                position(ex, ey);
                buttons &= ~bit(a);
            }
            // A release during a capture pause was never recorded; do not show a button stuck down.
            case RESUME -> buttons &= KNOWN;
            default -> {
            }
        }
    }

    /** The common case, kept apart from {@link #apply} so the hot loops stay small. */
    void moveTo(int ex, int ey) {
        position(ex, ey);
    }

    private void position(int ex, int ey) {
        x = ex;
        y = ey;
        buttons |= KNOWN;
    }

    private static int bit(int button) {
        return 1 << Math.max(0, Math.min(30, button));
    }

    void restore(int px, int py, int packed) {
        x = px;
        y = py;
        buttons = packed;
    }

    int x() {
        return x;
    }

    int y() {
        return y;
    }

    int packedButtons() {
        return buttons;
    }

    boolean known() {
        return (buttons & KNOWN) != 0;
    }

    /** Held buttons as bits by {@link org.trailmark.model.PointerButton} ordinal. */
    int buttons() {
        return buttons & ~KNOWN;
    }
}
