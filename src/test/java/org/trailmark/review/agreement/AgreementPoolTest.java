package org.trailmark.review.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.trailmark.model.TaskOutcome.SUCCESS;

import org.junit.jupiter.api.Test;

/** Agreement over many sessions: slices pooled, counts summed before dividing, per pair and per labeler. */
class AgreementPoolTest {

    @Test
    void slicesPoolAcrossSessionsSoKappaIsDefinedWhereNoSessionAloneHasIt() {
        AgreementPool pool = new AgreementPool(1_000);
        pool.add(Versions.session("s1", 2_000, Versions.by("alice").task(0, 2_000, "A"), Versions.by("bob").task(0, 2_000, "A")));
        pool.add(Versions.session("s2", 2_000, Versions.by("alice").task(0, 2_000, "B"), Versions.by("bob").task(0, 2_000, "B")));

        AgreementReport report = pool.report();

        assertThat(AgreementPool.session(Versions.session("s1", 2_000, Versions.by("alice").task(0, 2_000, "A"),
                Versions.by("bob").task(0, 2_000, "A")), 1_000).overall().cohenKappa().isDefined()).isFalse();
        assertThat(report.overall().cohenKappa().value()).isEqualTo(1.0);
        assertThat(report.sessionId()).isNull();
        assertThat(report.sessions()).isEqualTo(2);
        assertThat(report.slices()).isEqualTo(4);
    }

    @Test
    void boundaryCountsAreSummedOverSessionsBeforeDividing() {
        AgreementPool pool = new AgreementPool(1_000);
        // s1: boundaries {0, 1000} on both sides, all matched (session F1 1)
        pool.add(Versions.session("s1", 2_000, Versions.by("alice").task(0, 1_000, "A"), Versions.by("bob").task(0, 1_000, "A")));
        // s2: 4 boundaries against 2, none within 0.5 s (session F1 0)
        pool.add(Versions.session("s2", 30_000,
                Versions.by("alice").task(0, 1_000, "A").task(2_000, 3_000, "A"),
                Versions.by("bob").task(10_000, 20_000, "A")));

        Figures pair = pool.report().pairs().get(0).figures();

        // 2 · 2 matched / (2 + 2 + 4 + 2) = 0.4, not the mean of the sessions (0.5)
        assertThat(pair.boundaryF1HalfSecond().value()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void perLabelerFiguresPoolTheirPairsAndTheOverallIsTheMeanOverPairs() {
        AgreementPool pool = new AgreementPool(1_000);
        pool.add(Versions.session("s1", 4_000,
                Versions.by("alice").task(0, 1_000, "A", SUCCESS), Versions.by("bob").task(0, 1_000, "A", SUCCESS)));
        pool.add(Versions.session("s2", 4_000, Versions.by("alice").task(0, 1_000, "A", SUCCESS), Versions.by("carol")));

        AgreementReport report = pool.report();

        assertThat(report.labelers()).containsExactly("alice", "bob", "carol");
        assertThat(report.pairs()).extracting(p -> p.first() + "-" + p.second()).containsExactly("alice-bob", "alice-carol");
        assertThat(report.perLabeler()).extracting(LabelerFigures::labeler).containsExactly("alice", "bob", "carol");
        Figures alice = report.perLabeler().get(0).figures();
        // alice-bob matches 2 of 2 + 2, alice-carol 0 of 2 + 0: pooled 4 / 6
        assertThat(alice.boundaryF1HalfSecond().value()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(alice.outcomes()).isEqualTo(new OutcomeTally(1, 1, 1, 1, 0));
        assertThat(report.perLabeler().get(2).figures().outcomes().unpairedSecond()).isEqualTo(1);
        // overall: mean of the pairs' F1 (1 and 0)
        assertThat(report.overall().boundaryF1HalfSecond().value()).isEqualTo(0.5);
        assertThat(report.overall().cohenKappa().isDefined()).isFalse();
        assertThat(report.overall().fleissKappa().isDefined()).isTrue();
    }

    @Test
    void sessionsWithDifferentNumbersOfLabelersLeaveFleissUndefinedButAlphaDefined() {
        AgreementPool pool = new AgreementPool(1_000);
        pool.add(Versions.session("s1", 2_000, Versions.by("alice").task(0, 1_000, "A"), Versions.by("bob").task(0, 1_000, "A")));
        pool.add(Versions.session("s2", 2_000, Versions.by("alice").task(0, 1_000, "A"), Versions.by("bob"),
                Versions.by("carol").task(0, 1_000, "A")));

        AgreementReport report = pool.report();

        assertThat(report.overall().fleissKappa().reason()).contains("different numbers of labelers");
        assertThat(report.overall().krippendorffAlpha().isDefined()).isTrue();
    }
}
