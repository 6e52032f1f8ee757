package org.trailmark.ui.player;

import org.trailmark.model.EventKind;

/**
 * One row of the event inspector: an event of the log as a person reads it, made only when the
 * table shows it. {@code details} already has password-field keys masked.
 */
public record EventRow(int index, int timeMs, EventKind kind, String details) {
    @Override
    public String toString() {
        // details can hold a window title or a typed character
        return "EventRow[" + index + ", t=" + timeMs + ", " + kind.wireName() + "]";
    }
}
