package org.trailmark.review.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's α for nominal data, any number of coders, missing values allowed:
 * α = 1 − D_o / D_e. Each unit with m ≥ 2 values adds its m(m−1) ordered value pairs to a coincidence
 * matrix, each weighted 1/(m−1); units with fewer than two values are not pairable and drop out. With
 * n pairable values, n_c of them in category c, and o_cc the matched coincidences:
 * α = 1 − (n − 1) · (n − Σ o_cc) / (n² − Σ n_c²).
 */
public final class KrippendorffAlpha {
    /** A unit this coder did not rate. */
    public static final int MISSING = -1;

    private final Map<Integer, Long> categoryTotals = new HashMap<>();
    private long pairable;
    private double matched;

    /** α of a table of units × coders holding category codes or {@link #MISSING}. */
    public static Coefficient nominal(int[][] table) {
        KrippendorffAlpha alpha = new KrippendorffAlpha();
        for (int[] unit : table) {
            alpha.addUnit(unit);
        }
        return alpha.value();
    }

    public void addUnit(int[] values) {
        Map<Integer, Integer> counts = new HashMap<>();
        int m = 0;
        for (int v : values) {
            if (v != MISSING) {
                counts.merge(v, 1, Integer::sum);
                m++;
            }
        }
        if (m < 2) {
            return;
        }
        pairable += m;
        long sameValuePairs = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            long k = e.getValue();
            sameValuePairs += k * (k - 1);
            categoryTotals.merge(e.getKey(), k, Long::sum);
        }
        matched += sameValuePairs / (double) (m - 1);
    }

    public Coefficient value() {
        if (pairable == 0) {
            return Coefficient.undefined("no time slice was rated by two or more labelers");
        }
        double n = pairable;
        double squares = 0;
        for (long total : categoryTotals.values()) {
            squares += (double) total * total;
        }
        double expectedDisagreement = n * n - squares;
        if (expectedDisagreement <= 0) {
            return Coefficient.undefined("every labeler put every slice in the same single category, "
                    + "so there is no variation to measure and α is undefined");
        }
        double observedDisagreement = n - matched;
        return Coefficient.of(1.0 - (n - 1) * observedDisagreement / expectedDisagreement);
    }
}
