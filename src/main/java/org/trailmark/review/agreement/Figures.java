package org.trailmark.review.agreement;

import java.util.Map;
import org.trailmark.model.FlagCategory;

/**
 * The agreement figures for one pair of labelers, one labeler against the others, or everyone.
 *
 * @param flagIou  per category someone flagged; a category nobody flagged is absent
 * @param outcomes the counts behind {@code outcomeAgreement}
 */
public record Figures(Coefficient cohenKappa, Coefficient fleissKappa, Coefficient krippendorffAlpha,
                      Coefficient boundaryF1HalfSecond, Coefficient boundaryF1TwoSeconds,
                      Map<FlagCategory, Double> flagIou, Coefficient outcomeAgreement, OutcomeTally outcomes) {
    public Figures {
        flagIou = Map.copyOf(flagIou);
    }
}
