package org.trailmark.ui.timeline;

import java.util.EnumMap;
import java.util.Map;

/**
 * Where everything sits in a timeline of a given size: the label gutter on the left, then the
 * overview strip, the ruler and the tracks stacked below one another. Pure arithmetic so that
 * the painter, the hit tests and the view agree on every pixel.
 */
final class TimelineLayout {
    static final double GUTTER = 104;
    static final double RIGHT_PADDING = 12;
    static final double TOP_PADDING = 6;
    static final double OVERVIEW_HEIGHT = 30;
    static final double RULER_GAP = 6;
    static final double RULER_HEIGHT = 26;
    static final double ROW_GAP = 2;
    static final double BOTTOM_PADDING = 6;
    /** Height of one lane of the Tasks track; overlapping tasks stack in lanes. */
    static final double TASK_LANE = 20;

    /** What lies under a point. */
    enum Zone { OVERVIEW, RULER, TRACKS, GUTTER, NONE }

    private final double width;
    private final int taskLanes;
    private final Map<TimelineRow, Double> rowTops = new EnumMap<>(TimelineRow.class);
    private final double tracksBottom;

    TimelineLayout(double width) {
        this(width, 1);
    }

    TimelineLayout(double width, int taskLanes) {
        this.width = width;
        this.taskLanes = Math.max(1, taskLanes);
        double y = rulerBottom() + ROW_GAP;
        for (TimelineRow row : TimelineRow.values()) {
            rowTops.put(row, y);
            y += rowHeight(row) + ROW_GAP;
        }
        this.tracksBottom = y - ROW_GAP;
    }

    static double preferredHeight() {
        return preferredHeight(1);
    }

    static double preferredHeight(int taskLanes) {
        return new TimelineLayout(0, taskLanes).tracksBottom() + BOTTOM_PADDING;
    }

    int taskLanes() {
        return taskLanes;
    }

    /** A row's height: the Tasks row grows by a lane for each level of overlap. */
    double rowHeight(TimelineRow row) {
        if (row == TimelineRow.TASKS) {
            return row.height() + (taskLanes - 1) * TASK_LANE;
        }
        return row.height();
    }

    /** Top of lane {@code lane} of the Tasks row (lanes are {@link #TASK_LANE} apart, the first at the row's top). */
    double taskLaneTop(int lane) {
        return rowTop(TimelineRow.TASKS) + lane * TASK_LANE;
    }

    /** The lane of the Tasks row at y, or -1 outside the row. */
    int taskLaneAt(double y) {
        double top = rowTop(TimelineRow.TASKS);
        if (y < top || y >= rowBottom(TimelineRow.TASKS) + ROW_GAP) {
            return -1;
        }
        return (int) Math.min(taskLanes - 1, Math.floor((y - top) / TASK_LANE));
    }

    double width() {
        return width;
    }

    double trackLeft() {
        return GUTTER;
    }

    double trackWidth() {
        return Math.max(1, Math.floor(width - GUTTER - RIGHT_PADDING));
    }

    double trackRight() {
        return trackLeft() + trackWidth();
    }

    double overviewTop() {
        return TOP_PADDING;
    }

    double overviewBottom() {
        return TOP_PADDING + OVERVIEW_HEIGHT;
    }

    double rulerTop() {
        return overviewBottom() + RULER_GAP;
    }

    double rulerBottom() {
        return rulerTop() + RULER_HEIGHT;
    }

    double tracksTop() {
        return rowTop(TimelineRow.KEYS);
    }

    double tracksBottom() {
        return tracksBottom;
    }

    double rowTop(TimelineRow row) {
        return rowTops.get(row);
    }

    double rowBottom(TimelineRow row) {
        return rowTop(row) + rowHeight(row);
    }

    /** The row at y, or null between and outside rows. */
    TimelineRow rowAt(double y) {
        for (TimelineRow row : TimelineRow.values()) {
            if (y >= rowTop(row) && y < rowBottom(row) + ROW_GAP) {
                return row;
            }
        }
        return null;
    }

    Zone zoneAt(double x, double y) {
        if (x < trackLeft()) {
            return y >= overviewTop() && y < tracksBottom ? Zone.GUTTER : Zone.NONE;
        }
        if (y >= overviewTop() && y < overviewBottom()) {
            return Zone.OVERVIEW;
        }
        if (y >= overviewBottom() && y < rulerBottom()) {
            return Zone.RULER;
        }
        if (y >= rulerBottom() && y < tracksBottom + BOTTOM_PADDING) {
            return Zone.TRACKS;
        }
        return Zone.NONE;
    }

    /** Track x (0 at the left edge of the track area) of a point in view coordinates. */
    double trackX(double viewX) {
        return viewX - trackLeft();
    }
}
