package org.trailmark.ui.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts overlapping spans on separate lanes: each span, in order of start, takes the first lane
 * that is free by then. Spans that merely touch ({@code a.end == b.start}) share a lane.
 */
final class SpanLanes {
    private SpanLanes() {
    }

    static List<TimelineSpan> assign(List<TimelineSpan> spans) {
        List<TimelineSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingLong(TimelineSpan::startMs).thenComparingLong(TimelineSpan::endMs)
                .thenComparingLong(TimelineSpan::id));
        List<Long> laneEnds = new ArrayList<>();
        List<TimelineSpan> placed = new ArrayList<>(sorted.size());
        for (TimelineSpan span : sorted) {
            int lane = 0;
            while (lane < laneEnds.size() && laneEnds.get(lane) > span.startMs()) {
                lane++;
            }
            if (lane == laneEnds.size()) {
                laneEnds.add(span.endMs());
            } else {
                laneEnds.set(lane, span.endMs());
            }
            placed.add(span.withLane(lane));
        }
        return placed;
    }

    static int laneCount(List<TimelineSpan> spans) {
        int lanes = 1;
        for (TimelineSpan span : spans) {
            lanes = Math.max(lanes, span.lane() + 1);
        }
        return lanes;
    }
}
