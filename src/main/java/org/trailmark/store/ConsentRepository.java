package org.trailmark.store;

import java.util.List;
import org.trailmark.model.ConsentPurpose;
import org.trailmark.model.ConsentRecord;
import org.trailmark.model.ConsentState;

/** Each subject's consent records: grants and withdrawals, never deleted. */
public interface ConsentRepository {
    /** Why a grant for an unassigned subject is refused, in words for the person who tried. */
    String UNASSIGNED_CONSENT = "no person is assigned to this recording, so nobody can grant"
            + " consent for it: assign the session to a person first (trailmark subject assign SESSION SUBJECT)";

    /** The subject's consent records of every purpose, oldest first. */
    List<ConsentRecord> records(String subject);

    /** May the subject's data be used for the purpose now? See {@link ConsentState} for the rule. */
    default ConsentState state(String subject, ConsentPurpose purpose) {
        java.util.Objects.requireNonNull(purpose, "purpose");
        return ConsentState.of(subject, purpose, records(subject));
    }

    /**
     * Records that the subject grants the purpose now, under the policy if one is named. When the
     * purpose is already granted under the same policy nothing is written and the deciding record
     * is returned.
     *
     * @param source one of {@link ConsentRecord#SOURCES}
     * @throws IllegalArgumentException for an unassigned subject: there is no person to grant it
     */
    ConsentRecord grant(String subject, ConsentPurpose purpose, String policyId, String policyVersion,
                        String recordedBy, String source);

    /**
     * Records that the subject withdraws the purpose now: every record still granting it gets its
     * withdrawal time; nothing is deleted. When nothing was granted, a withdrawal-only record is
     * kept so that a grant imported later from an older capture header cannot outrank it.
     *
     * @return the records this withdrawal wrote
     */
    List<ConsentRecord> withdraw(String subject, ConsentPurpose purpose, String recordedBy, String source);

    /** The subject's consent receipts, one per grant and withdrawal, oldest first. */
    List<ConsentReceipt> receipts(String subject);

    /** Who the receipts name as controller; {@link ConsentController#notSet()} until someone sets it. */
    ConsentController controller();
}
