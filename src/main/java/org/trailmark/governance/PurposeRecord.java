package org.trailmark.governance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.trailmark.model.FlagCategory;
import org.trailmark.model.ReviewStatus;
import org.trailmark.store.RetentionRule;

/**
 * What the workspace holds and did under one purpose.
 *
 * @param purpose           the purpose's name as sessions and consent records carry it; empty for sessions
 *                          whose capture stated no purpose and whose subject has no consent record
 * @param consentKept       true for a purpose Trailmark keeps consent records for (capture, training);
 *                          for any other, {@code subjectsConsenting} and withdrawals cannot be known
 * @param subjects          people with sessions held under the purpose now
 * @param subjectsConsenting of all people with a record for the purpose, those whose consent stands now
 * @param subjectsWithdrawn of all people with a record for the purpose, those who withdrew it
 * @param sessions          sessions held under it now
 * @param events            events those sessions hold
 * @param firstCapture      the earliest start of those sessions
 * @param lastCapture       the latest start
 * @param categories        the categories of data those sessions hold, only those present
 * @param recipients        the datasets exported under it, oldest first
 * @param retention         the retention rule in force for it, if one is recorded
 * @param openHolds         legal holds in force on its sessions or its people
 * @param withdrawals       withdrawals of the purpose (from the audit log)
 * @param erasures          sessions erased of the people under it (from the audit log's erasure notes)
 * @param flags             standing flags (gold set, not rejected) on its sessions, by category
 * @param reviews           its sessions by review status, every status listed
 */
public record PurposeRecord(Optional<String> purpose, boolean consentKept, int subjects, int subjectsConsenting,
                            int subjectsWithdrawn, int sessions, long events, Optional<Instant> firstCapture,
                            Optional<Instant> lastCapture, List<CategoryCount> categories, List<Recipient> recipients,
                            Optional<RetentionRule> retention, int openHolds, Activity withdrawals,
                            Activity erasures, Map<FlagCategory, Long> flags, Map<ReviewStatus, Integer> reviews) {
    public PurposeRecord {
        categories = List.copyOf(categories);
        recipients = List.copyOf(recipients);
        flags = Map.copyOf(flags);
        reviews = Map.copyOf(reviews);
    }

    /** The purpose as a person reads it. */
    public String title() {
        return purpose.orElse("No purpose stated");
    }

    /** Sessions whose review is done: approved, rejected or reviewed. */
    public int reviewed() {
        return reviews.getOrDefault(ReviewStatus.APPROVED, 0) + reviews.getOrDefault(ReviewStatus.REJECTED, 0)
                + reviews.getOrDefault(ReviewStatus.REVIEWED, 0);
    }
}
