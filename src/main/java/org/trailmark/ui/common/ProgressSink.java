package org.trailmark.ui.common;

/** Receives how far a piece of background work has got. Callable from any thread. */
@FunctionalInterface
public interface ProgressSink {
    ProgressSink NONE = (message, fraction) -> { };

    /**
     * @param message  plain words for the status bar (file names at most, never captured content)
     * @param fraction 0..1, or a negative number when the amount of work is unknown
     */
    void update(String message, double fraction);
}
