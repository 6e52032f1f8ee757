package org.trailmark.ui.timeline;

/**
 * A labelled stretch on the Tasks or Sensitive track, {@code [startMs, endMs)} from session
 * start. The label is shown on the track and in its tooltip: pass a task's instruction or a
 * flag's category, never the flagged text itself.
 */
public record TimelineSpan(long startMs, long endMs, String label) {
    public TimelineSpan {
        if (endMs < startMs) {
            throw new IllegalArgumentException("span ends before it starts");
        }
        label = label == null ? "" : label;
    }
}
