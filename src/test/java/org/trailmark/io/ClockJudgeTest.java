package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trailmark.io.ClockJudge.Verdict;

class ClockJudgeTest {
    private final ClockJudge judge = new ClockJudge(0.05);

    private Verdict judge(double before, double candidate, double... following) {
        return judge.judge(before, candidate, following, following.length);
    }

    @Test
    void aTimeInOrderIsKept() {
        assertThat(judge(10.0, 10.1, 10.2, 10.3, 10.4, 10.5)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aTimeAheadOfItsNeighboursIsTheBadLine() {
        assertThat(judge(30698.9, 32699.1, 30699.2, 30699.3, 30699.4, 30699.5)).isEqualTo(Verdict.JUMPS_AHEAD);
    }

    @Test
    void aJumpTheFollowingLinesContinueFromIsKept() {
        assertThat(judge(150174.64, 1000001, 1000001.01, 1000001.02, 1000001.03, 1000001.04)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void oneFollowingLineThatComesBackDoesNotCondemnTheLineBeforeIt() {
        assertThat(judge(10.0, 10.9, 10.05, 11.0, 11.1, 11.2)).isEqualTo(Verdict.KEEP);
        assertThat(judge(10.0, 10.9, 10.05)).isEqualTo(Verdict.JUMPS_AHEAD);
    }

    @Test
    void theFirstLineIsJudgedByTheLinesAfterItAlone() {
        assertThat(judge(Double.NaN, 99999, 10.0, 10.1, 10.2, 10.3)).isEqualTo(Verdict.JUMPS_AHEAD);
        assertThat(judge(Double.NaN, 10.0, 10.1, 10.2, 10.3, 10.4)).isEqualTo(Verdict.KEEP);
    }

    @Test
    void aTimeThatGoesBackAloneIsTheBadLine() {
        assertThat(judge(10.0, 3.0, 10.1, 10.2, 10.3, 10.4)).isEqualTo(Verdict.GOES_BACK);
        assertThat(judge(10.0, 3.0)).isEqualTo(Verdict.GOES_BACK);
    }

    @Test
    void aTimeThatGoesBackAndStaysThereIsAClockReset() {
        assertThat(judge(10.0, 3.0, 3.1, 3.2, 3.3, 3.4)).isEqualTo(Verdict.CLOCK_RESET);
        assertThat(judge(10.0, 3.0, 3.1, 10.2, 3.3, 3.4)).isEqualTo(Verdict.GOES_BACK);
    }

    @Test
    void aStepBackWithinTheToleranceIsInOrder() {
        assertThat(judge(10.0, 9.97, 10.01, 10.02)).isEqualTo(Verdict.KEEP);
    }
}
