package org.trailmark.governance;

import java.time.Instant;
import java.util.Optional;

/**
 * How often something was done (withdrawals, erasures), to how many people, and between which dates.
 *
 * @param count    the acts: withdrawals made, or sessions erased
 * @param subjects the distinct people they concerned
 */
public record Activity(int count, int subjects, Optional<Instant> first, Optional<Instant> last) {
    public static final Activity NONE = new Activity(0, 0, Optional.empty(), Optional.empty());
}
