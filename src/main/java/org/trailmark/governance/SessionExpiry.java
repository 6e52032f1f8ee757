package org.trailmark.governance;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.trailmark.store.LegalHold;

/**
 * Where one session stands under the retention policy and the legal holds.
 *
 * @param expiresAt      end of its retention period, or null when no rule applies to its purposes
 * @param purpose        the purpose whose rule set that period, or null
 * @param cited          a dataset export took it
 * @param keptWhileCited kept past its period because it is cited and its training consent stands
 * @param holds          the open legal holds covering it (on it or on its subject)
 */
public record SessionExpiry(String sessionId, String subject, Instant capturedAt, Instant expiresAt, String purpose,
                            boolean cited, boolean keptWhileCited, List<LegalHold> holds) {
    public SessionExpiry {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(capturedAt, "capturedAt");
        holds = List.copyOf(holds);
    }

    public boolean isHeld() {
        return !holds.isEmpty();
    }

    public boolean hasPolicy() {
        return expiresAt != null;
    }

    /** Its period has ended at {@code now} (whether or not a hold or a citation keeps it). */
    public boolean periodEnded(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }

    /** Retention erases it at {@code now}: its period ended and nothing keeps it. */
    public boolean isDue(Instant now) {
        return periodEnded(now) && !keptWhileCited && !isHeld();
    }

    /** It will be erased within {@code ahead} of {@code now} unless something changes (not yet due). */
    public boolean expiresWithin(Instant now, Duration ahead) {
        return expiresAt != null && !keptWhileCited && !isHeld() && expiresAt.isAfter(now)
                && !expiresAt.isAfter(now.plus(ahead));
    }

    /** What the studio and the command line call its state. */
    public Status status(Instant now, Duration warnAhead) {
        if (isHeld()) {
            return Status.HELD;
        }
        if (!hasPolicy()) {
            return Status.NO_POLICY;
        }
        if (periodEnded(now)) {
            return keptWhileCited ? Status.KEPT_WHILE_CITED : Status.DUE;
        }
        return expiresWithin(now, warnAhead) ? Status.EXPIRES_SOON : Status.EXPIRES;
    }

    /** A session's state under retention, in order of how much attention it needs. */
    public enum Status {
        DUE("due"), EXPIRES_SOON("expires_soon"), HELD("held"), KEPT_WHILE_CITED("kept_while_cited"),
        EXPIRES("expires"), NO_POLICY("no_policy");

        private final String wireName;

        Status(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
