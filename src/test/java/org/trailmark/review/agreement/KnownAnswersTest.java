package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three label-agreement coefficients against worked examples published with their answers. */
class KnownAnswersTest {
    private static final int M = KrippendorffAlpha.MISSING;

    /**
     * Wikipedia, "Cohen's kappa", section "Examples", simple example: 50 grant proposals read by A and B;
     * both yes 20, A yes B no 5, A no B yes 10, both no 15; p_o = 0.7, p_e = 0.5, κ = 0.4.
     */
    @Test
    void cohenKappaOfTheGrantProposalExample() {
        int[][] raters = fromTable(new int[][] {{20, 5}, {10, 15}});

        assertThat(CohenKappa.of(raters[0], raters[1]).value()).isCloseTo(0.4, within(1e-12));
    }

    /**
     * easycalculation.com, "Learn Cohen's Kappa Index" (https://www.easycalculation.com/statistics/
     * learn-cohens-kappa-index.php): 20 patients, two doctors; yes/yes 12, yes/no 2, no/yes 4, no/no 2;
     * Pr(a) = 0.7, Pr(e) = 0.62, κ = 0.08 / 0.38 ≈ 0.21.
     */
    @Test
    void cohenKappaOfTheTwoDoctorsExample() {
        int[][] raters = fromTable(new int[][] {{12, 2}, {4, 2}});

        assertThat(CohenKappa.of(raters[0], raters[1]).value()).isCloseTo(0.08 / 0.38, within(1e-12));
    }

    /**
     * Wikipedia, "Fleiss' kappa", section "Worked example": 10 subjects, 14 raters, 5 categories;
     * P̄ = 0.378, P̄_e = 0.213, κ = 0.210.
     */
    @Test
    void fleissKappaOfTheWorkedExample() {
        int[][] counts = {
                {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
                {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};

        assertThat(FleissKappa.ofCounts(counts).value()).isCloseTo(0.210, within(0.0005));
        assertThat(FleissKappa.ofRatings(ratingsFromCounts(counts)).value())
                .isEqualTo(FleissKappa.ofCounts(counts).value());
    }

    /**
     * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C, nominal data with
     * missing values: 4 observers, 12 units; α = 0.743. The same "C" data is the example of R's
     * DescTools::KrippAlpha.
     */
    @Test
    void krippendorffAlphaOfTheNominalExampleWithMissingValues() {
        int[][] units = {
                {1, 1, M, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
                {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {M, 5, 5, 5}, {M, M, 1, 1}, {M, M, 3, M}};

        assertThat(KrippendorffAlpha.nominal(units).value()).isCloseTo(0.743, within(0.0005));
    }

    /** Two raters' sequences from a contingency table: {@code table[first][second]} units each. */
    private static int[][] fromTable(int[][] table) {
        List<int[]> units = new ArrayList<>();
        for (int a = 0; a < table.length; a++) {
            for (int b = 0; b < table[a].length; b++) {
                for (int k = 0; k < table[a][b]; k++) {
                    units.add(new int[] {a, b});
                }
            }
        }
        int[][] raters = new int[2][units.size()];
        for (int i = 0; i < units.size(); i++) {
            raters[0][i] = units.get(i)[0];
            raters[1][i] = units.get(i)[1];
        }
        return raters;
    }

    private static int[][] ratingsFromCounts(int[][] counts) {
        int[][] table = new int[counts.length][];
        for (int u = 0; u < counts.length; u++) {
            List<Integer> ratings = new ArrayList<>();
            for (int c = 0; c < counts[u].length; c++) {
                for (int k = 0; k < counts[u][c]; k++) {
                    ratings.add(c);
                }
            }
            table[u] = ratings.stream().mapToInt(Integer::intValue).toArray();
        }
        return table;
    }
}
