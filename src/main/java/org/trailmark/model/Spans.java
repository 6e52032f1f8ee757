package org.trailmark.model;

/** The one rule every labelled span of session time follows. */
final class Spans {
    private Spans() {
    }

    static void check(int startMs, int endMs, String what) {
        if (startMs < 0) {
            throw new IllegalArgumentException(what + " starts before the session");
        }
        if (endMs <= startMs) {
            throw new IllegalArgumentException(what + " must end after it starts");
        }
    }
}
