package org.trailmark.review.agreement;

/** Flagged time two labelers share and the time either flagged, in ms, for one category. */
public record OverlapTally(long intersectionMs, long unionMs) {
    public OverlapTally plus(OverlapTally other) {
        return new OverlapTally(intersectionMs + other.intersectionMs, unionMs + other.unionMs);
    }

    /** Intersection over union; only built for a category someone flagged, so the union is never empty. */
    public double iou() {
        return (double) intersectionMs / unionMs;
    }
}
