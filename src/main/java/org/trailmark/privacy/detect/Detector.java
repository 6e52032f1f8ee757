package org.trailmark.privacy.detect;

import org.trailmark.privacy.FindingKind;

/**
 * One kind of sensitive value and how to find it. The scanner makes a single pass over the text and
 * calls a detector only where its {@link Trigger} says a value can start; {@link #triggers} then
 * rejects most of those places in a few comparisons before {@link #find} does the real work and adds
 * what it validated to the text's hits. A new kind is one class and one line in {@link Detectors}.
 *
 * <p>An abstract class rather than an interface: the pass calls many detectors from one call site,
 * and a virtual call through a class's table costs less there than an interface's look-up.
 */
public abstract class Detector {
    /** What this detector reports. */
    public abstract FindingKind kind();

    /** Where in the text the scanner should ask this detector. */
    public abstract Trigger trigger();

    /** A cheap look at position {@code at}: false means {@link #find} would add nothing there. */
    public boolean triggers(ScanText text, int at) {
        return true;
    }

    /** Looks for a value starting (or, for a mark, anchored) at {@code at} and adds every hit to {@code text}. */
    public abstract void find(ScanText text, int at);
}
