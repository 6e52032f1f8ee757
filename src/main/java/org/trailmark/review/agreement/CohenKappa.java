package org.trailmark.review.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Cohen's κ for two raters over nominal categories: (p_o − p_e) / (1 − p_e), where p_o is the share of
 * units both put in the same category and p_e the agreement expected by chance from each rater's own
 * category shares. Fed one unit at a time so slices pool across sessions without being kept.
 */
public final class CohenKappa {
    private final Map<Integer, Long> firstShares = new HashMap<>();
    private final Map<Integer, Long> secondShares = new HashMap<>();
    private long units;
    private long agreements;

    /** κ of two equally long rating sequences (category codes). */
    public static Coefficient of(int[] first, int[] second) {
        CohenKappa kappa = new CohenKappa();
        kappa.addAll(first, second);
        return kappa.value();
    }

    public void add(int first, int second) {
        units++;
        if (first == second) {
            agreements++;
        }
        firstShares.merge(first, 1L, Long::sum);
        secondShares.merge(second, 1L, Long::sum);
    }

    public void addAll(int[] first, int[] second) {
        if (first.length != second.length) {
            throw new IllegalArgumentException("both raters must rate the same units");
        }
        for (int i = 0; i < first.length; i++) {
            add(first[i], second[i]);
        }
    }

    public Coefficient value() {
        if (units == 0) {
            return Coefficient.undefined("no time slices to compare");
        }
        double n = units;
        double expected = 0;
        for (Map.Entry<Integer, Long> e : firstShares.entrySet()) {
            expected += (e.getValue() / n) * (secondShares.getOrDefault(e.getKey(), 0L) / n);
        }
        if (expected >= 1.0 - 1e-12) {
            return Coefficient.undefined("both labelers put every slice in the same single category, "
                    + "so chance agreement is 1 and κ is undefined");
        }
        double observed = agreements / n;
        return Coefficient.of((observed - expected) / (1.0 - expected));
    }
}
