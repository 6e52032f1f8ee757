package org.trailmark.review.agreement;

import java.util.List;
import java.util.TreeSet;
import org.trailmark.model.Task;

/**
 * Boundaries two labelers agree on within a tolerance, as counts so sessions add up before dividing.
 * A labeler's boundaries are the distinct start and end times of their tasks (two adjacent tasks share
 * one boundary). F1 = 2 · matched / (first + second), the harmonic mean of precision and recall, and
 * symmetric in the pair.
 */
public record BoundaryTally(long matched, long first, long second) {
    public static final BoundaryTally NONE = new BoundaryTally(0, 0, 0);

    public static BoundaryTally of(List<Task> first, List<Task> second, int toleranceMs) {
        int[] a = boundaries(first);
        int[] b = boundaries(second);
        return new BoundaryTally(BoundaryMatching.count(a, b, toleranceMs), a.length, b.length);
    }

    static int[] boundaries(List<Task> tasks) {
        TreeSet<Integer> times = new TreeSet<>();
        for (Task t : tasks) {
            times.add(t.startMs());
            times.add(t.endMs());
        }
        return times.stream().mapToInt(Integer::intValue).toArray();
    }

    public BoundaryTally plus(BoundaryTally other) {
        return new BoundaryTally(matched + other.matched, first + other.first, second + other.second);
    }

    public Coefficient f1() {
        if (first + second == 0) {
            return Coefficient.undefined("neither labeler marked a task boundary");
        }
        return Coefficient.of(2.0 * matched / (first + second));
    }
}
