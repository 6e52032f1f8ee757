package org.trailmark.generate;

import java.util.Objects;

/**
 * Ground truth for detection tests: {@code value} was typed (typos corrected) by key events
 * within [{@code startMs}, {@code endMs}], both inclusive. The values are fake by construction
 * (documented example keys, test card numbers, example.com addresses, 555-01xx numbers).
 */
public record PlantedSecret(SecretKind kind, String value, int startMs, int endMs) {
    public PlantedSecret {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (endMs < startMs) {
            throw new IllegalArgumentException("planted span ends before it starts");
        }
    }
}
