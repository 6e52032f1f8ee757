package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.trailmark.model.FlagCategory.CREDENTIAL;
import static org.trailmark.model.FlagCategory.OTHER;
import static org.trailmark.model.FlagCategory.PASSWORD;
import static org.trailmark.model.FlagCategory.PERSONAL_DATA;
import static org.trailmark.model.FlagCategory.THIRD_PARTY;
import static org.trailmark.model.TaskOutcome.FAILURE;
import static org.trailmark.model.TaskOutcome.SUCCESS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.FlagStatus;

class SessionAgreementTest {
    private static final double EPS = 1e-12;

    /** Alice: A [0, 2 s), B [2 s, 4 s); Bob: A [0, 3 s), B [3 s, 4 s). */
    private static SessionVersions twoLabelers() {
        return Versions.session(4_000,
                Versions.by("alice").task(0, 2_000, "A", SUCCESS).task(2_000, 4_000, "B", FAILURE)
                        .flag(100, 300, PASSWORD).flag(200, 500, PASSWORD)
                        .flag(1_000, 2_000, PERSONAL_DATA)
                        .flag(0, 100, OTHER),
                Versions.by("bob").task(0, 3_000, "A", SUCCESS).task(3_000, 4_000, "B", SUCCESS)
                        .flag(300, 700, PASSWORD)
                        .flag(0, 100, THIRD_PARTY, FlagStatus.REJECTED)
                        .flag(0, 100, OTHER, FlagStatus.SUGGESTED));
    }

    @Test
    void labelCoefficientsOverOneSecondSlices() {
        AgreementReport report = AgreementPool.session(twoLabelers(), AgreementPool.DEFAULT_SLICE_MS);
        Figures pair = report.pairs().get(0).figures();

        // slices: alice A A B B, bob A A A B → p_o = 3/4, p_e = 1/2·3/4 + 1/2·1/4 = 1/2
        assertThat(pair.cohenKappa().value()).isCloseTo(0.5, within(EPS));
        // pooled shares A 5/8, B 3/8 → P̄_e = 34/64; P̄ = 3/4
        assertThat(pair.fleissKappa().value()).isCloseTo((0.75 - 34.0 / 64) / (1 - 34.0 / 64), within(EPS));
        // n = 8, matched 6, Σ n_c² = 34 → α = 1 − 7 · 2 / 30
        assertThat(pair.krippendorffAlpha().value()).isCloseTo(1 - 14.0 / 30, within(EPS));
        assertThat(report.slices()).isEqualTo(4);
        assertThat(report.sliceMs()).isEqualTo(1_000);
        assertThat(report.overall().cohenKappa()).isEqualTo(pair.cohenKappa());
    }

    @Test
    void boundaryF1AtBothTolerances() {
        Figures pair = AgreementPool.session(twoLabelers(), 1_000).pairs().get(0).figures();

        // boundaries {0, 2000, 4000} and {0, 3000, 4000}: 2 matched within 0.5 s, all 3 within 2 s
        assertThat(pair.boundaryF1HalfSecond().value()).isCloseTo(4.0 / 6, within(EPS));
        assertThat(pair.boundaryF1TwoSeconds().value()).isEqualTo(1.0);
    }

    @Test
    void flagOverlapPerCategoryLeavesOutWhatNobodyFlaggedAndRejectedFlags() {
        Figures pair = AgreementPool.session(twoLabelers(), 1_000).pairs().get(0).figures();

        // alice's password flags merge to [100, 500); bob's is [300, 700): 200 ms shared of 600
        assertThat(pair.flagIou().get(PASSWORD)).isCloseTo(1.0 / 3, within(EPS));
        assertThat(pair.flagIou().get(PERSONAL_DATA)).isEqualTo(0.0);
        assertThat(pair.flagIou().get(OTHER)).isEqualTo(1.0);
        assertThat(pair.flagIou()).doesNotContainKeys(CREDENTIAL, THIRD_PARTY);
    }

    @Test
    void outcomeAgreementOverTasksPairedByOverlap() {
        Figures pair = AgreementPool.session(twoLabelers(), 1_000).pairs().get(0).figures();

        // A↔A IoU 2/3, B↔B IoU 1/2: both pairs; outcomes agree on A only
        assertThat(pair.outcomes()).isEqualTo(new OutcomeTally(2, 2, 1, 0, 0));
        assertThat(pair.outcomeAgreement().value()).isEqualTo(0.5);
    }

    @Test
    void tasksOverlappingLessThanHalfStayUnpairedAndUndecidedPairsAreCountedApart() {
        SessionVersions session = Versions.session(10_000,
                Versions.by("alice").task(0, 1_000, "A", SUCCESS).task(2_000, 3_000, "A", null),
                Versions.by("bob").task(600, 2_000, "A", SUCCESS).task(2_000, 3_000, "A", SUCCESS));

        Figures pair = AgreementPool.session(session, 1_000).pairs().get(0).figures();

        assertThat(pair.outcomes()).isEqualTo(new OutcomeTally(1, 0, 0, 1, 1));
        assertThat(pair.outcomeAgreement().isDefined()).isFalse();
        assertThat(pair.outcomeAgreement().reason()).contains("outcome from both");
    }

    @Test
    void withThreeLabelersCohenIsPerPairAndTheOverallUsesFleissAndAlpha() {
        SessionVersions session = Versions.session(4_000,
                Versions.by("carol").task(0, 2_000, "A"),
                Versions.by("alice").task(0, 2_000, "A"),
                Versions.by("bob").task(0, 1_000, "A"));

        AgreementReport report = AgreementPool.session(session, 1_000);

        assertThat(report.labelers()).containsExactly("alice", "bob", "carol");
        assertThat(report.pairs()).extracting(p -> p.first() + "-" + p.second())
                .containsExactly("alice-bob", "alice-carol", "bob-carol");
        assertThat(report.overall().cohenKappa().isDefined()).isFalse();
        assertThat(report.overall().cohenKappa().reason()).contains("fleiss_kappa");
        assertThat(report.overall().fleissKappa().isDefined()).isTrue();
        assertThat(report.overall().krippendorffAlpha().isDefined()).isTrue();
        // pairs' boundary F1 at 0.5 s: 2/4, 1, 2/4 → mean 2/3
        assertThat(report.overall().boundaryF1HalfSecond().value()).isCloseTo(2.0 / 3, within(EPS));
        assertThat(report.pairs().get(1).figures().cohenKappa().value()).isEqualTo(1.0);
    }

    @Test
    void noTasksAtAllGivesReasonsNotNumbers() {
        AgreementReport report = AgreementPool.session(
                Versions.session(5_000, Versions.by("alice"), Versions.by("bob")), 1_000);
        Figures overall = report.overall();

        assertThat(overall.cohenKappa().reason()).contains("same single category");
        assertThat(overall.fleissKappa().isDefined()).isFalse();
        assertThat(overall.krippendorffAlpha().isDefined()).isFalse();
        assertThat(overall.boundaryF1HalfSecond().reason()).contains("neither labeler");
        assertThat(overall.outcomeAgreement().isDefined()).isFalse();
        assertThat(overall.flagIou()).isEmpty();
    }

    @Test
    void aSessionOfLengthZeroHasNoSlicesButStillComparesFlags() {
        AgreementReport report = AgreementPool.session(Versions.session(0,
                Versions.by("alice").flag(0, 10, PASSWORD), Versions.by("bob").flag(0, 10, PASSWORD)), 1_000);

        assertThat(report.slices()).isZero();
        assertThat(report.overall().cohenKappa().reason()).contains("no time slices");
        assertThat(report.overall().flagIou()).containsEntry(PASSWORD, 1.0);
    }

    @Test
    void oneLabelerOnlyIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Versions.session(1_000, Versions.by("alice")))
                .isInstanceOf(AgreementRefused.class)
                .hasMessageContaining("at least two labelers")
                .hasMessageContaining("has 1");
    }

    @Test
    void twoVersionsByOneLabelerAndBadSliceLengthsAreRefused() {
        assertThatThrownBy(() -> Versions.session(1_000, Versions.by("alice"), Versions.by("alice")))
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("two versions by alice");
        assertThatThrownBy(() -> new AgreementPool(0)).isInstanceOf(AgreementRefused.class);
        assertThatThrownBy(() -> new AgreementPool(1_000).report())
                .isInstanceOf(AgreementRefused.class).hasMessageContaining("no session");
    }

    @Test
    void theSliceLengthIsTheOneAskedFor() {
        AgreementReport report = AgreementPool.session(twoLabelers(), 500);

        assertThat(report.sliceMs()).isEqualTo(500);
        assertThat(report.slices()).isEqualTo(8);
        assertThat(List.of(report.sessionId(), report.sessions())).containsExactly(Versions.SESSION, 1);
    }
}
