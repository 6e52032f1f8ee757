package org.trailmark.governance;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.trailmark.store.RetentionRule;

/**
 * The workspace's retention rules as one decision: when a session expires, given when it was captured,
 * the purposes its consent names, whether a dataset export cites it and whether its subject's training
 * consent stands. The longest period among its purposes' rules decides (a session kept for training is
 * not cut short by a shorter review rule); a purpose without a rule sets no limit, and a session none of
 * whose purposes has a rule never expires.
 */
public final class RetentionPolicy {
    private final Map<String, RetentionRule> byPurpose = new TreeMap<>();

    public RetentionPolicy(Collection<RetentionRule> rules) {
        for (RetentionRule rule : rules) {
            byPurpose.put(rule.purpose(), rule);
        }
    }

    public List<RetentionRule> rules() {
        return List.copyOf(byPurpose.values());
    }

    /**
     * @param purposes        the purposes the session's consent names (capture header and consent records)
     * @param cited           a dataset export took the session
     * @param trainingGranted its subject's training consent stands now
     */
    public Decision decide(Instant capturedAt, Collection<String> purposes, boolean cited, boolean trainingGranted) {
        Objects.requireNonNull(capturedAt, "capturedAt");
        RetentionRule longest = null;
        boolean keepWhileCited = false;
        for (String purpose : purposes) {
            RetentionRule rule = byPurpose.get(purpose);
            if (rule == null) {
                continue;
            }
            keepWhileCited |= rule.keepWhileCited();
            if (longest == null || rule.days() > longest.days()) {
                longest = rule;
            }
        }
        if (longest == null) {
            return new Decision(null, null, false);
        }
        Instant expiresAt = capturedAt.plus(Duration.ofDays(longest.days()));
        return new Decision(expiresAt, longest.purpose(), keepWhileCited && cited && trainingGranted);
    }

    /**
     * @param expiresAt      when the session's period ends, or null when no rule applies
     * @param purpose        the purpose whose rule set that period, or null
     * @param keptWhileCited the period may have ended, but a dataset cites it and training consent stands
     */
    public record Decision(Instant expiresAt, String purpose, boolean keptWhileCited) {
        public boolean hasPolicy() {
            return expiresAt != null;
        }
    }
}
