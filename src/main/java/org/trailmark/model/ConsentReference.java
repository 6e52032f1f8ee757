package org.trailmark.model;

import java.time.OffsetDateTime;
import java.util.List;

/** The consent a capture was made under, as stated in the capture header. */
public record ConsentReference(String policyId, String policyVersion, List<String> purposes,
                               OffsetDateTime grantedAt) {
    public ConsentReference {
        purposes = List.copyOf(purposes);
    }
}
