package org.trailmark.store;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How long sessions captured for one consent purpose are kept: {@code days} after capture. With
 * {@code keepWhileCited}, a session a dataset export took is kept longer, but only while its subject's
 * training consent stands.
 */
public record RetentionRule(String purpose, int days, boolean keepWhileCited, String setBy, Instant setAt) {
    /** The longest period a rule may name (about 100 years): beyond it "never erase" is meant, which is no rule. */
    public static final int MAX_DAYS = 36_525;
    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

    public RetentionRule {
        requirePurpose(purpose);
        requireDays(days);
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }

    /** A purpose is named as capture headers and consent records name it: a short lower-case word. */
    public static String requirePurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("a purpose is a lower-case word as consent names it"
                    + " (e.g. capture, training, review), of at most 40 letters, digits, - or _");
        }
        return purpose;
    }

    public static int requireDays(int days) {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("DAYS must be between 0 and " + MAX_DAYS);
        }
        return days;
    }
}
