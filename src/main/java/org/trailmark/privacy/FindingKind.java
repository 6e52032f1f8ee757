package org.trailmark.privacy;

import java.util.Locale;
import java.util.Optional;
import org.trailmark.model.FlagCategory;

/**
 * What a detector found. The wire names are part of the command line's JSON and of stored flags
 * ({@code Flag.detector}), so they never change. The order is the precedence when two findings
 * overlap: a specific, validated kind wins over a generic one.
 */
public enum FindingKind {
    PRIVATE_KEY(FlagCategory.CREDENTIAL, true),
    JWT(FlagCategory.CREDENTIAL, false),
    GITHUB_TOKEN(FlagCategory.CREDENTIAL, true),
    SLACK_TOKEN(FlagCategory.CREDENTIAL, false),
    AWS_ACCESS_KEY(FlagCategory.CREDENTIAL, true),
    AWS_SECRET_KEY(FlagCategory.CREDENTIAL, true),
    IBAN(FlagCategory.PERSONAL_DATA, true),
    PAYMENT_CARD(FlagCategory.PERSONAL_DATA, true),
    EMAIL(FlagCategory.PERSONAL_DATA, true),
    NATIONAL_ID(FlagCategory.PERSONAL_DATA, false),
    DATE_OF_BIRTH(FlagCategory.PERSONAL_DATA, false),
    IP_ADDRESS(FlagCategory.PERSONAL_DATA, false),
    PHONE(FlagCategory.PERSONAL_DATA, false),
    PASSWORD(FlagCategory.PASSWORD, true),
    GENERIC_SECRET(FlagCategory.CREDENTIAL, false),
    HIGH_ENTROPY(FlagCategory.CREDENTIAL, false),
    // Found by rules and word lists, not validators: last, so they never displace a kind above.
    PERSON_NAME(FlagCategory.PERSONAL_DATA, false),
    POSTAL_ADDRESS(FlagCategory.PERSONAL_DATA, false);

    private final FlagCategory category;
    private final boolean validated;

    FindingKind(FlagCategory category, boolean validated) {
        this.category = category;
        this.validated = validated;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The flag category a finding of this kind is stored under. */
    public FlagCategory category() {
        return category;
    }

    /**
     * Whether the kind has a structural check (checksum, fixed prefix and length, field context)
     * and is held to the recall ≥ 0.98 / precision ≥ 0.95 target. Passwords count for the
     * password-field context only; inferred passwords are reported separately.
     */
    public boolean validated() {
        return validated;
    }

    /** Lower wins when findings overlap. */
    int precedence() {
        return ordinal();
    }

    public static Optional<FindingKind> ofWireName(String name) {
        for (FindingKind k : values()) {
            if (k.wireName().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
