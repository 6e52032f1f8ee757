package org.trailmark.privacy.corpus;

import java.util.List;
import java.util.Objects;

/**
 * A value a detector should find, by the wire name of its kind ({@code person_name} and
 * {@code postal_address} included, whether or not a detector exists for them yet).
 *
 * @param accept other kinds whose finding also counts as finding this value (a hex secret in an
 *               assignment is fairly reported as either a generic secret or a high-entropy string)
 */
public record CorpusTruth(String kind, String value, List<String> accept) {
    public CorpusTruth {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        accept = List.copyOf(accept);
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a truth needs a value");
        }
    }

    /** Whether a finding of {@code wireName} finds this value. */
    public boolean acceptedAs(String wireName) {
        return kind.equals(wireName) || accept.contains(wireName);
    }

    CorpusTruth withValue(String newValue) {
        return new CorpusTruth(kind, newValue, accept);
    }
}
