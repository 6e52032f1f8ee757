package org.trailmark.model;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a subject's data may be used for a purpose now. The record that changed last decides:
 * granted and not withdrawn means yes. A withdrawal therefore outranks every grant made before it,
 * including grants imported later from older capture headers; when a grant and a withdrawal carry
 * the same instant the withdrawal wins, since wrongly excluding data is the recoverable mistake.
 *
 * @param deciding the record that decides, or null when there is none ({@link ConsentStatus#NONE})
 */
public record ConsentState(String subject, ConsentPurpose purpose, ConsentStatus status, ConsentRecord deciding) {
    private static final Comparator<ConsentRecord> LAST_CHANGED_FIRST = Comparator
            .comparing(ConsentRecord::lastChange)
            .thenComparing(ConsentRecord::isWithdrawn)
            .thenComparingLong(ConsentRecord::id)
            .reversed();

    public ConsentState {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(status, "status");
    }

    /** The state given all records (of any subjects and purposes: the others are ignored). */
    public static ConsentState of(String subject, ConsentPurpose purpose, Collection<ConsentRecord> records) {
        Optional<ConsentRecord> latest = records.stream()
                .filter(r -> r.subject().equals(subject) && r.purpose() == purpose)
                .min(LAST_CHANGED_FIRST);
        if (latest.isEmpty()) {
            return new ConsentState(subject, purpose, ConsentStatus.NONE, null);
        }
        ConsentRecord r = latest.get();
        return new ConsentState(subject, purpose, r.isWithdrawn() ? ConsentStatus.WITHDRAWN : ConsentStatus.GRANTED, r);
    }

    /** May the subject's data be used for the purpose now? */
    public boolean permits() {
        return status == ConsentStatus.GRANTED;
    }
}
