package org.trailmark.store;

import java.util.List;

/** The workspace's retention policy: one rule per consent purpose. Every change is audited. */
public interface RetentionRepository {
    /** Every rule, by purpose. */
    List<RetentionRule> rules();

    /**
     * Sets (or replaces) the rule for the purpose.
     *
     * @throws IllegalArgumentException for a malformed purpose or days out of range
     * @throws WorkspaceException        when read-only, or on a team workspace for anyone but an admin
     */
    RetentionRule set(String purpose, int days, boolean keepWhileCited, String actor);

    /**
     * Removes the rule for the purpose; sessions of that purpose then expire by their other purposes' rules only.
     *
     * @return false when there was no rule for it (nothing is written then)
     */
    boolean clear(String purpose, String actor);

    /**
     * Whether whoever uses the workspace may change the rules and erase what expired: an admin of a team
     * workspace; on a SQLite file, its one desktop user.
     */
    boolean mayChange();
}
