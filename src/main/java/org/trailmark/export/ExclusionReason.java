package org.trailmark.export;

import java.util.Locale;

/** Why a session stayed out of an export; reported as counts, never with content. */
public enum ExclusionReason {
    /** The recording named nobody and no reviewer has assigned it to a person yet: nobody could consent. */
    NO_PERSON_ASSIGNED,
    NO_TRAINING_CONSENT, CONSENT_WITHDRAWN, NOT_APPROVED, REJECTED, FILTERED_OUT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
