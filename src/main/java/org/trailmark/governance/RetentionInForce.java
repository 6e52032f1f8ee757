package org.trailmark.governance;

import java.util.List;
import java.util.Optional;
import org.trailmark.store.LegalHold;
import org.trailmark.store.RetentionRule;
import org.trailmark.store.Workspace;

/**
 * The retention rules and the legal holds in force, as the record of processing states them, read through
 * the workspace's repositories like every other reader of them.
 *
 * @param rules     every purpose's rule, by purpose
 * @param openHolds holds not released, oldest first
 */
public record RetentionInForce(List<RetentionRule> rules, List<LegalHold> openHolds) {
    public RetentionInForce {
        rules = List.copyOf(rules);
        openHolds = List.copyOf(openHolds);
    }

    static RetentionInForce of(Workspace workspace) {
        return new RetentionInForce(workspace.retention().rules(), workspace.holds().open());
    }

    public Optional<RetentionRule> ruleFor(String purpose) {
        return rules.stream().filter(r -> r.purpose().equals(purpose)).findFirst();
    }
}
