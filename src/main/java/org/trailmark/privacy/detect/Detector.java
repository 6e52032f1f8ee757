package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * One kind of sensitive value and how to find it. The scanner makes a single pass over the text and
 * calls a detector only where its {@link Trigger} says a value can start; {@link #triggers} then
 * rejects most of those places in a few comparisons before {@link #find} does the real work and adds
 * what it validated to the text's hits. A new kind is one class and one line in {@link Detectors}.
 */
public interface Detector {
    /** What this detector reports (some also report a second, more specific kind: see their notes). */
    FindingKind kind();

    /** Where in the text the scanner should ask this detector. */
    Trigger trigger();

    /** A cheap look at position {@code at}: false means {@link #find} would add nothing there. */
    default boolean triggers(ScanText text, int at) {
        return true;
    }

    /** Looks for a value starting (or, for a mark, anchored) at {@code at} and adds every hit to {@code text}. */
    void find(ScanText text, int at);
}
