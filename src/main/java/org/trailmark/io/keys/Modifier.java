package org.trailmark.io.keys;

/** Modifier keys whose held state changes what other keys produce. */
enum Modifier {
    NONE, SHIFT, CONTROL, ALT, META;

    /** Control and Command turn a printable key into a shortcut that types nothing. */
    boolean suppressesText() {
        return this == CONTROL || this == META;
    }
}
