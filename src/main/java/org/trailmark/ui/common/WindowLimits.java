package org.trailmark.ui.common;

/**
 * The least and largest content size of a kind of window, in pixels, before the screen's own
 * limit applies. The largest width is where long text wraps rather than widening the window.
 */
public record WindowLimits(double minWidth, double minHeight, double maxWidth, double maxHeight) {
    /** Messages and questions: wide enough for a sentence, narrow enough to read. */
    public static final WindowLimits MESSAGE = new WindowLimits(520, 150, 640, Double.MAX_VALUE);
    /** Forms and reports with more to show: the erasure question, the import report, the label set. */
    public static final WindowLimits FORM = new WindowLimits(480, 200, 760, Double.MAX_VALUE);
    /** Sheets laid out in columns, such as the keyboard shortcuts. */
    public static final WindowLimits SHEET = new WindowLimits(520, 300, Double.MAX_VALUE, Double.MAX_VALUE);
    /** A working window beside the studio, such as the audit log or the export wizard. */
    public static final WindowLimits TOOL = new WindowLimits(640, 420, 1000, Double.MAX_VALUE);
    /** The main window: the least the side panel, the player and the review panel need. */
    public static final WindowLimits MAIN = new WindowLimits(900, 600, Double.MAX_VALUE, Double.MAX_VALUE);
}
