package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoefficientEdgeCasesTest {
    private static final int M = KrippendorffAlpha.MISSING;

    @Test
    void kappaIsUndefinedWithAReasonWhenBothRatersUseOneCategory() {
        Coefficient kappa = CohenKappa.of(new int[] {3, 3, 3}, new int[] {3, 3, 3});

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.reason()).contains("chance agreement is 1");
    }

    @Test
    void kappaOfTwoRatersEachStuckOnADifferentCategoryIsZero() {
        assertThat(CohenKappa.of(new int[] {1, 1}, new int[] {2, 2}).value()).isEqualTo(0.0);
    }

    @Test
    void nothingToRateLeavesEveryCoefficientUndefined() {
        assertThat(CohenKappa.of(new int[0], new int[0]).isDefined()).isFalse();
        assertThat(FleissKappa.ofRatings(new int[0][]).isDefined()).isFalse();
        assertThat(KrippendorffAlpha.nominal(new int[0][]).isDefined()).isFalse();
    }

    @Test
    void fleissKappaRefusesUnitsWithDifferentNumbersOfRatings() {
        Coefficient kappa = FleissKappa.ofRatings(new int[][] {{1, 2, 1}, {1, M, 1}});

        assertThat(kappa.isDefined()).isFalse();
        assertThat(kappa.reason()).contains("krippendorff_alpha");
    }

    @Test
    void alphaIgnoresUnitsWithOneValueAndIsUndefinedWithoutVariation() {
        Coefficient alpha = KrippendorffAlpha.nominal(new int[][] {{1, 1}, {2, M}, {1, 1}});

        assertThat(alpha.isDefined()).isFalse();
        assertThat(alpha.reason()).contains("no variation");
    }

    @Test
    void alphaOfTwoCodersWithNoMissingValuesIsScottsPiCorrectedForSampleSize() {
        // Two coders, units (1,1) (1,2) (2,2): n = 6, n_1 = n_2 = 3, matched coincidences 4:
        // α = 1 − 5 · (6 − 4) / (36 − 18) = 4/9.
        assertThat(KrippendorffAlpha.nominal(new int[][] {{1, 1}, {1, 2}, {2, 2}}).value())
                .isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void aFigureIsNeverNaN() {
        assertThatThrownBy(() -> Coefficient.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Coefficient.of(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMeanSkipsUndefinedFiguresAndKeepsAReasonWhenAllAre() {
        assertThat(Coefficient.mean(List.of(Coefficient.of(0.2), Coefficient.undefined("x"), Coefficient.of(0.6)),
                "none").value()).isCloseTo(0.4, within(1e-12));
        assertThat(Coefficient.mean(List.of(Coefficient.undefined("x")), "none").reason()).isEqualTo("x");
        assertThat(Coefficient.mean(List.of(), "none").reason()).isEqualTo("none");
    }
}
