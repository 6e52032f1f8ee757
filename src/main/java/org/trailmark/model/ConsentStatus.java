package org.trailmark.model;

import java.util.Locale;

/** Where one subject's consent to one purpose stands now. */
public enum ConsentStatus {
    /** The latest record is a grant that has not been withdrawn. */
    GRANTED,
    /** The subject withdrew after the latest grant. */
    WITHDRAWN,
    /** Nothing was ever recorded for this purpose. */
    NONE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return switch (this) {
            case GRANTED -> "Granted";
            case WITHDRAWN -> "Withdrawn";
            case NONE -> "None";
        };
    }
}
