package org.trailmark.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.trailmark.store.RetentionRule;

/** The expiry rule over random rules, purposes and citations: what must hold whatever the policy. */
class RetentionPolicyProperties {
    private static final List<String> PURPOSES = List.of("capture", "training", "review", "support", "qa");
    private static final Instant CAPTURED = Instant.parse("2026-03-03T14:14:30Z");

    @Property(tries = 500)
    void theLongestApplicableRuleDecidesAndNoRuleMeansNoExpiry(@ForAll("rules") List<RetentionRule> rules,
                                                               @ForAll("purposes") Set<String> purposes,
                                                               @ForAll boolean cited, @ForAll boolean granted) {
        RetentionPolicy.Decision d = new RetentionPolicy(rules).decide(CAPTURED, purposes, cited, granted);

        List<RetentionRule> applicable = rules.stream().filter(r -> purposes.contains(r.purpose())).toList();
        if (applicable.isEmpty()) {
            assertThat(d.hasPolicy()).isFalse();
            assertThat(d.keptWhileCited()).isFalse();
            return;
        }
        assertThat(applicable).anySatisfy(r -> {
            assertThat(r.purpose()).isEqualTo(d.purpose());
            assertThat(d.expiresAt()).isEqualTo(CAPTURED.plus(Duration.ofDays(r.days())));
        });
        assertThat(applicable).allSatisfy(r ->
                assertThat(d.expiresAt()).isAfterOrEqualTo(CAPTURED.plus(Duration.ofDays(r.days()))));
    }

    @Property(tries = 500)
    void anotherPurposeNeverShortensTheKeeping(@ForAll("rules") List<RetentionRule> rules,
                                               @ForAll("purposes") Set<String> purposes,
                                               @ForAll("purpose") String more) {
        RetentionPolicy policy = new RetentionPolicy(rules);
        RetentionPolicy.Decision before = policy.decide(CAPTURED, purposes, false, false);
        Set<String> widened = new java.util.HashSet<>(purposes);
        widened.add(more);
        RetentionPolicy.Decision after = policy.decide(CAPTURED, widened, false, false);

        if (before.hasPolicy()) {
            assertThat(after.expiresAt()).isAfterOrEqualTo(before.expiresAt());
        }
    }

    @Property(tries = 500)
    void aCitationKeepsASessionOnlyWithTrainingConsentAndARuleThatSaysSo(@ForAll("rules") List<RetentionRule> rules,
                                                                       @ForAll("purposes") Set<String> purposes,
                                                                       @ForAll boolean cited,
                                                                       @ForAll boolean granted) {
        RetentionPolicy.Decision d = new RetentionPolicy(rules).decide(CAPTURED, purposes, cited, granted);

        boolean someRuleKeeps = rules.stream().anyMatch(r -> purposes.contains(r.purpose()) && r.keepWhileCited());
        assertThat(d.keptWhileCited()).isEqualTo(cited && granted && someRuleKeeps);
    }

    @Property(tries = 300)
    void aSessionFallsDueAtItsExpiryInstantNotAMomentBeforeAndNeverWhileHeldOrKept(
            @ForAll @IntRange(min = 0, max = 3_000) int days, @ForAll boolean kept, @ForAll boolean held) {
        Instant expires = CAPTURED.plus(Duration.ofDays(days));
        SessionExpiry e = new SessionExpiry("s", "subj", CAPTURED, expires, "review", kept, kept,
                held ? List.of(new org.trailmark.store.LegalHold(1, "s", null, "r", "x", CAPTURED, null, null))
                        : List.of());

        assertThat(e.isDue(expires.minusMillis(1))).isFalse();
        assertThat(e.isDue(expires)).isEqualTo(!kept && !held);
        assertThat(e.expiresWithin(expires.minus(Duration.ofDays(7)), RetentionService.WARNING))
                .isEqualTo(!kept && !held);
        assertThat(e.expiresWithin(expires.minus(Duration.ofDays(7)).minusMillis(1), RetentionService.WARNING)).isFalse();
    }

    @Provide
    Arbitrary<List<RetentionRule>> rules() {
        Arbitrary<RetentionRule> rule = Combinators.combine(purpose(), Arbitraries.integers().between(0, 3_000),
                Arbitraries.of(true, false)).as((p, d, k) -> new RetentionRule(p, d, k, "admin", CAPTURED));
        return rule.list().ofMaxSize(6).map(list -> {
            // one rule per purpose, as the table's primary key keeps it
            List<RetentionRule> unique = new ArrayList<>();
            for (RetentionRule r : list) {
                if (unique.stream().noneMatch(u -> u.purpose().equals(r.purpose()))) {
                    unique.add(r);
                }
            }
            return unique;
        });
    }

    @Provide
    Arbitrary<Set<String>> purposes() {
        return purpose().set().ofMaxSize(PURPOSES.size());
    }

    @Provide
    Arbitrary<String> purpose() {
        return Arbitraries.of(PURPOSES);
    }
}
