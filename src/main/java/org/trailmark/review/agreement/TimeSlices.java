package org.trailmark.review.agreement;

import java.util.List;
import org.trailmark.model.Task;

/**
 * A labeler's task labels over fixed time slices: slice {@code i} covers {@code [i·slice, (i+1)·slice)}
 * clipped to the session, and takes the label of the task covering its midpoint. Where tasks overlap
 * the one that started last wins (the inner task of a nested pair), then the shorter one.
 */
final class TimeSlices {
    private TimeSlices() {
    }

    static int count(int lengthMs, int sliceMs) {
        return (int) ((lengthMs + (long) sliceMs - 1) / sliceMs);
    }

    static int[] of(List<Task> tasks, int lengthMs, int sliceMs, Categories categories) {
        int[] slices = new int[count(lengthMs, sliceMs)];
        for (int i = 0; i < slices.length; i++) {
            long start = (long) i * sliceMs;
            long end = Math.min(start + sliceMs, lengthMs);
            int midpoint = (int) ((start + end) / 2);
            Task covering = covering(tasks, midpoint);
            slices[i] = covering == null ? Categories.NO_TASK : categories.ofLabel(covering.label());
        }
        return slices;
    }

    private static Task covering(List<Task> tasks, int ms) {
        Task best = null;
        for (Task t : tasks) {
            if (t.contains(ms) && (best == null || t.startMs() > best.startMs()
                    || (t.startMs() == best.startMs() && t.endMs() < best.endMs()))) {
                best = t;
            }
        }
        return best;
    }
}
