package org.trailmark.review.agreement;

import java.util.List;
import java.util.Objects;

/**
 * One agreement figure, or the reason it has no value. A figure is undefined rather than NaN when its
 * formula divides by zero (for example κ when both labelers put every slice in one category), so a
 * report never carries NaN or infinity.
 *
 * @param value  finite, or null when undefined
 * @param reason why there is no value; null when there is one
 */
public record Coefficient(Double value, String reason) {
    public Coefficient {
        if (value == null) {
            Objects.requireNonNull(reason, "an undefined figure needs a reason");
        } else if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("an agreement figure must be finite");
        } else if (reason != null) {
            throw new IllegalArgumentException("a figure with a value has no reason");
        }
    }

    public static Coefficient of(double value) {
        return new Coefficient(value, null);
    }

    public static Coefficient undefined(String reason) {
        return new Coefficient(null, reason);
    }

    public boolean isDefined() {
        return value != null;
    }

    /** The mean of the defined figures; undefined (with the first reason) when none is defined. */
    public static Coefficient mean(List<Coefficient> figures, String whenNone) {
        double sum = 0;
        int count = 0;
        String firstReason = null;
        for (Coefficient c : figures) {
            if (c.isDefined()) {
                sum += c.value();
                count++;
            } else if (firstReason == null) {
                firstReason = c.reason();
            }
        }
        if (count > 0) {
            return of(sum / count);
        }
        return undefined(firstReason == null ? whenNone : firstReason);
    }
}
