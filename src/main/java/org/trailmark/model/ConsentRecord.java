package org.trailmark.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * One recorded consent of a subject to a purpose. Records are never deleted: a withdrawal sets
 * {@code withdrawnAt} on the records it ends, and a later grant is a new record.
 *
 * <p>{@code grantedAt} is null only for a withdrawal recorded before any grant was (say, a subject
 * withdrew before their captures were imported): it keeps a later-imported header grant from
 * outranking the withdrawal.
 *
 * @param id          0 for a record not yet stored
 * @param policyId    the consent policy, or null when none was named
 * @param recordedBy  who recorded it ("import" for a capture header)
 * @param source      how it was recorded: {@link #HEADER}, {@link #CLI}, {@link #STUDIO} or {@link #SUBJECT}
 */
public record ConsentRecord(long id, String subject, ConsentPurpose purpose, String policyId, String policyVersion,
                            Instant grantedAt, Instant withdrawnAt, String recordedBy, String source) {
    public static final String HEADER = "header";
    public static final String CLI = "cli";
    public static final String STUDIO = "studio";
    public static final String SUBJECT = "subject";
    public static final Set<String> SOURCES = Set.of(HEADER, CLI, STUDIO, SUBJECT);

    public ConsentRecord {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (!SOURCES.contains(source)) {
            throw new IllegalArgumentException("consent source must be one of header, cli, studio, subject");
        }
        if (grantedAt == null && withdrawnAt == null) {
            throw new IllegalArgumentException("a consent record needs a grant time, a withdrawal time or both");
        }
        if (grantedAt != null && withdrawnAt != null && withdrawnAt.isBefore(grantedAt)) {
            throw new IllegalArgumentException("a consent cannot be withdrawn before it was granted");
        }
    }

    public boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    /** When this record last changed: its withdrawal if any, else its grant. */
    public Instant lastChange() {
        return withdrawnAt != null ? withdrawnAt : grantedAt;
    }

    /** The same record with its withdrawal time set. */
    public ConsentRecord withdrawn(Instant at) {
        return new ConsentRecord(id, subject, purpose, policyId, policyVersion, grantedAt, at, recordedBy, source);
    }

    /** "acme-capture@3", the policy alone, or null when no policy was named. */
    public String policyText() {
        if (policyId == null) {
            return null;
        }
        return policyVersion == null ? policyId : policyId + "@" + policyVersion;
    }
}
