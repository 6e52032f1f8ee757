package org.trailmark.model;

/** Receives a session's events one at a time, in order, each with its index in the whole session. */
@FunctionalInterface
public interface EventSink {
    void event(int position, byte kind, int time, int a, int b);
}
