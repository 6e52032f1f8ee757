package org.trailmark.ui.timeline;

import org.trailmark.replay.ActivityTrack;

/** The timeline's tracks, top to bottom, with their labels and heights in pixels. */
public enum TimelineRow {
    KEYS("Keys", 24, ActivityTrack.KEYS),
    POINTER("Pointer", 24, ActivityTrack.POINTER),
    CLICKS("Clicks", 20, ActivityTrack.CLICKS),
    WHEEL("Wheel", 20, ActivityTrack.WHEEL),
    FOCUS("Window focus", 22, null),
    TASKS("Tasks", 22, null),
    FLAGS("Sensitive", 22, null);

    private final String label;
    private final double height;
    private final ActivityTrack bars;

    TimelineRow(String label, double height, ActivityTrack bars) {
        this.label = label;
        this.height = height;
        this.bars = bars;
    }

    public String label() {
        return label;
    }

    public double height() {
        return height;
    }

    /** The activity track drawn as bars in this row, or null for the span rows. */
    public ActivityTrack bars() {
        return bars;
    }
}
