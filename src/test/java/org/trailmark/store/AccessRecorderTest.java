package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;

/** Accesses wait in memory and repeats within a minute become one row; the clock is the test's. */
class AccessRecorderTest {
    private final SteppedClock clock = new SteppedClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final AccessRecorder recorder = new AccessRecorder(clock);

    @Test
    void manyAccessesWithinAMinuteAreOneRowWithTheirCountAndFirstAndLastTime() {
        for (int i = 0; i < 200; i++) {
            recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.REPLAY);
            clock.step(Duration.ofMillis(250));
        }

        List<AccessRecorder.Visit> rows = recorder.takeAll();

        assertThat(rows).singleElement().satisfies(v -> {
            assertThat(v.count()).isEqualTo(200);
            assertThat(v.first()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
            assertThat(v.last()).isEqualTo(Instant.parse("2026-03-01T10:00:49.750Z"));
        });
        assertThat(recorder.pending()).isZero();
    }

    @Test
    void anotherPersonSessionPurposeOrActionIsAnotherRowAndAMinuteLaterStartsANewOne() {
        recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);
        recorder.record("s-1", "bo", AccessPurpose.REVIEW, AccessAction.OPEN);
        recorder.record("s-2", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);
        recorder.record("s-1", "ana", AccessPurpose.ADJUDICATION, AccessAction.OPEN);
        recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.LABEL);
        clock.step(Duration.ofSeconds(60));
        recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);

        List<AccessRecorder.Visit> rows = recorder.takeAll();

        assertThat(rows).hasSize(6).allSatisfy(v -> assertThat(v.count()).isEqualTo(1));
        assertThat(rows).filteredOn(v -> v.key().equals(new AccessRecorder.Key("s-1", "ana", AccessPurpose.REVIEW,
                AccessAction.OPEN))).extracting(AccessRecorder.Visit::first)
                .containsExactly(Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:01:00Z"));
    }

    @Test
    void theTimerTakesOnlyRowsWhoseMinuteIsOverSoRepeatsStillJoinTheOpenOnes() {
        recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);
        clock.step(Duration.ofSeconds(40));
        recorder.record("s-2", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);
        clock.step(Duration.ofSeconds(30));

        List<AccessRecorder.Visit> settled = recorder.takeSettled();
        recorder.record("s-2", "ana", AccessPurpose.REVIEW, AccessAction.OPEN);

        assertThat(settled).extracting(v -> v.key().sessionId()).containsExactly("s-1");
        assertThat(recorder.takeAll()).singleElement().satisfies(v -> {
            assertThat(v.key().sessionId()).isEqualTo("s-2");
            assertThat(v.count()).isEqualTo(2);
        });
    }

    @Test
    void rowsPutBackAfterAFailedWriteAreTakenAgain() {
        recorder.record("s-1", "ana", AccessPurpose.REVIEW, AccessAction.FLAG);
        List<AccessRecorder.Visit> taken = recorder.takeAll();

        recorder.putBack(taken);

        assertThat(recorder.pending()).isEqualTo(1);
        assertThat(recorder.takeSettled()).isEqualTo(taken);
    }

    /** A clock a test moves by hand. */
    static final class SteppedClock extends Clock {
        private Instant now;

        SteppedClock(Instant start) {
            now = start;
        }

        void step(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
