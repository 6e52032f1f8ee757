package org.trailmark.model;

import java.util.Locale;
import java.util.Optional;

/** Where a session stands in review. */
public enum ReviewStatus {
    NEW, IN_REVIEW, REVIEWED, APPROVED, REJECTED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case IN_REVIEW -> "In review";
            case REVIEWED -> "Reviewed";
            case APPROVED -> "Approved";
            case REJECTED -> "Rejected";
        };
    }

    public static Optional<ReviewStatus> ofWireName(String name) {
        for (ReviewStatus s : values()) {
            if (s.wireName().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
