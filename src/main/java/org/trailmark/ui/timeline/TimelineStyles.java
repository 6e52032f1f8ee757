package org.trailmark.ui.timeline;

/** Style-class names of the timeline, defined in styles/timeline.css. */
public final class TimelineStyles {
    public static final String TIMELINE = "tm-timeline";
    /** The sheet with the timeline's colour properties; the view loads it as its user-agent sheet. */
    public static final String SHEET = "/styles/timeline.css";

    private TimelineStyles() {
    }
}
