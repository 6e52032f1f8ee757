package org.trailmark.review.agreement;

/**
 * The largest one-to-one matching between two sorted sets of boundary times where matched times are at
 * most {@code toleranceMs} apart.
 *
 * <p>A two-pointer walk is optimal here: each time's window {@code [t − tol, t + tol]} has both ends in
 * the same order as the times, so matching the earliest unmatched pair that fits never takes a partner a
 * later time needed more (the exchange argument for interval scheduling). A property test checks it
 * against exhaustive search.
 */
public final class BoundaryMatching {
    private BoundaryMatching() {
    }

    /** How many pairs match; both arrays ascending. */
    public static int count(int[] first, int[] second, int toleranceMs) {
        int i = 0;
        int j = 0;
        int matched = 0;
        while (i < first.length && j < second.length) {
            long gap = (long) first[i] - second[j];
            if (Math.abs(gap) <= toleranceMs) {
                matched++;
                i++;
                j++;
            } else if (gap < 0) {
                i++;
            } else {
                j++;
            }
        }
        return matched;
    }
}
