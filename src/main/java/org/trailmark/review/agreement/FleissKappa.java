package org.trailmark.review.agreement;

import java.util.HashMap;
import java.util.Map;

/**
 * Fleiss' κ for a fixed number of raters per unit: (P̄ − P̄_e) / (1 − P̄_e), where P̄ is the mean over
 * units of the share of rater pairs that agree on the unit and P̄_e the sum of squared overall category
 * shares. Undefined when units have different numbers of ratings (Fleiss' κ assumes one number; use
 * Krippendorff's α there) or when every rating falls in one category.
 */
public final class FleissKappa {
    private final Map<Integer, Long> categoryTotals = new HashMap<>();
    private long units;
    private double pairAgreementSum;
    private int ratersPerUnit = -1;
    private boolean unevenRaters;

    /** κ of a table of units × raters holding category codes; {@link KrippendorffAlpha#MISSING} cells are skipped. */
    public static Coefficient ofRatings(int[][] table) {
        FleissKappa kappa = new FleissKappa();
        for (int[] unit : table) {
            kappa.addUnit(unit);
        }
        return kappa.value();
    }

    /** κ from counts: {@code counts[unit][category]} raters put the unit in the category. */
    public static Coefficient ofCounts(int[][] counts) {
        FleissKappa kappa = new FleissKappa();
        for (int[] row : counts) {
            Map<Integer, Integer> unit = new HashMap<>();
            for (int c = 0; c < row.length; c++) {
                if (row[c] > 0) {
                    unit.put(c, row[c]);
                }
            }
            kappa.addCounts(unit);
        }
        return kappa.value();
    }

    /** One unit's ratings (category codes); missing cells do not count as ratings. */
    public void addUnit(int[] ratings) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int r : ratings) {
            if (r != KrippendorffAlpha.MISSING) {
                counts.merge(r, 1, Integer::sum);
            }
        }
        addCounts(counts);
    }

    private void addCounts(Map<Integer, Integer> counts) {
        int raters = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (raters == 0) {
            return;
        }
        if (ratersPerUnit == -1) {
            ratersPerUnit = raters;
        } else if (ratersPerUnit != raters) {
            unevenRaters = true;
        }
        long squares = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            squares += (long) e.getValue() * e.getValue();
            categoryTotals.merge(e.getKey(), (long) e.getValue(), Long::sum);
        }
        units++;
        if (raters > 1) {
            pairAgreementSum += (squares - raters) / ((double) raters * (raters - 1));
        }
    }

    public Coefficient value() {
        if (units == 0) {
            return Coefficient.undefined("no time slices to compare");
        }
        if (unevenRaters) {
            return Coefficient.undefined("slices have different numbers of labelers; Fleiss' κ needs the same "
                    + "number for every slice (see krippendorff_alpha)");
        }
        if (ratersPerUnit < 2) {
            return Coefficient.undefined("fewer than two labelers rated each slice");
        }
        double ratings = (double) units * ratersPerUnit;
        double expected = 0;
        for (long total : categoryTotals.values()) {
            double share = total / ratings;
            expected += share * share;
        }
        if (expected >= 1.0 - 1e-12) {
            return Coefficient.undefined("every labeler put every slice in the same single category, "
                    + "so chance agreement is 1 and κ is undefined");
        }
        double observed = pairAgreementSum / units;
        return Coefficient.of((observed - expected) / (1.0 - expected));
    }
}
