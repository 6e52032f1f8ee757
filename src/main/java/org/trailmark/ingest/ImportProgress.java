package org.trailmark.ingest;

/** Receives progress of a long import; called from the importing thread. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (message, fraction) -> { };

    /**
     * @param message  what is happening, in plain words (file names, never content)
     * @param fraction 0..1, or a negative number when unknown
     */
    void update(String message, double fraction);

    /** Checked between inputs: an import already begun still completes atomically. */
    default boolean isCancelled() {
        return false;
    }
}
