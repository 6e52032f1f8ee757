package org.trailmark.privacy;

/**
 * One detector hit in a scanned text: characters {@code [start, end)}. Holds positions only,
 * never the matched characters, so it can be logged or printed safely.
 */
public record TextMatch(FindingKind kind, int start, int end, double confidence) {
    public TextMatch {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a match needs 0 <= start < end");
        }
    }

    boolean overlaps(TextMatch other) {
        return start < other.end && other.start < end;
    }

    int length() {
        return end - start;
    }
}
