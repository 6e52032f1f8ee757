package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The two-pointer matching against exhaustive search over every one-to-one matching. */
class BoundaryMatchingProperties {

    @Property(tries = 1_000)
    void theTwoPointerWalkFindsAMaximumMatching(
            @ForAll @Size(max = 7) List<@IntRange(min = 0, max = 6_000) Integer> first,
            @ForAll @Size(max = 7) List<@IntRange(min = 0, max = 6_000) Integer> second,
            @ForAll @IntRange(min = 0, max = 2_000) int tolerance) {
        int[] a = sortedDistinct(first);
        int[] b = sortedDistinct(second);

        assertThat(BoundaryMatching.count(a, b, tolerance)).isEqualTo(bruteForce(a, 0, b, new boolean[b.length], tolerance));
    }

    @Test
    void aGreedyThatTakesTheNearestPartnerWouldLoseAMatchTheWalkKeeps() {
        // 1,000 is nearest to 1,400, but 1,400 is the only partner 1,900 has within 500 ms.
        assertThat(BoundaryMatching.count(new int[] {1_000, 1_900}, new int[] {600, 1_400}, 500)).isEqualTo(2);
        assertThat(BoundaryMatching.count(new int[] {0}, new int[] {500}, 500)).isEqualTo(1);
        assertThat(BoundaryMatching.count(new int[] {0}, new int[] {501}, 500)).isZero();
    }

    private static int bruteForce(int[] a, int i, int[] b, boolean[] used, int tolerance) {
        if (i == a.length) {
            return 0;
        }
        int best = bruteForce(a, i + 1, b, used, tolerance);
        for (int j = 0; j < b.length; j++) {
            if (!used[j] && Math.abs(a[i] - b[j]) <= tolerance) {
                used[j] = true;
                best = Math.max(best, 1 + bruteForce(a, i + 1, b, used, tolerance));
                used[j] = false;
            }
        }
        return best;
    }

    private static int[] sortedDistinct(List<Integer> values) {
        return new TreeSet<>(values).stream().mapToInt(Integer::intValue).toArray();
    }
}
