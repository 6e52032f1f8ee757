package org.trailmark.replay.frame;

/**
 * A ruler tick. Major ticks carry a label (e.g. {@code 12:30}); minor ticks only divide the space
 * between them and have a null label.
 */
public record Tick(double x, long ms, String label) {
    public boolean isMajor() {
        return label != null;
    }
}
