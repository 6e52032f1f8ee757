package org.trailmark.ui.timeline;

/**
 * A labelled stretch on the Tasks or Sensitive track, {@code [startMs, endMs)} from session
 * start. The label is shown on the track and in its tooltip: pass a task's instruction or a
 * flag's category, never the flagged text itself.
 *
 * @param id     the task's or flag's id, so that an edge dragged on the track can name what it moved; 0 for none
 * @param colour {@code #rrggbb} to paint it with, or null for the track's own colour
 * @param lane   the row inside the track, 0 at the top; the timeline assigns it so overlapping spans never share one
 */
public record TimelineSpan(long id, long startMs, long endMs, String label, String colour, int lane) {
    public TimelineSpan {
        if (endMs < startMs) {
            throw new IllegalArgumentException("span ends before it starts");
        }
        if (lane < 0) {
            throw new IllegalArgumentException("a lane cannot be negative");
        }
        label = label == null ? "" : label;
    }

    public TimelineSpan(long startMs, long endMs, String label) {
        this(0, startMs, endMs, label, null, 0);
    }

    public TimelineSpan withLane(int newLane) {
        return new TimelineSpan(id, startMs, endMs, label, colour, newLane);
    }

    public boolean overlaps(TimelineSpan other) {
        return startMs < other.endMs && other.startMs < endMs;
    }
}
