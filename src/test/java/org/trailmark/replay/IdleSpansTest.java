package org.trailmark.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.trailmark.model.SessionLog;

class IdleSpansTest {

    @Test
    void aGapLongerThanTheThresholdIsIdle() {
        SessionLog log = new Script().at(0).type("ab").waitMs(8000).type("c").build();
        IdleSpans idle = IdleSpans.detect(log);
        assertThat(idle.spans()).hasSize(1);
        TimeSpan span = idle.span(0);
        assertThat(span.durationMs()).isGreaterThan(5000);
        assertThat(idle.isIdle(span.startMs() + 1)).isTrue();
        assertThat(idle.nextNonIdleTime(span.startMs() + 100)).isEqualTo(span.endMs());
        assertThat(idle.nextNonIdleTime(span.endMs())).isEqualTo(span.endMs());
        assertThat(idle.isIdle(span.endMs())).isFalse();
    }

    @Test
    void shortGapsAreNotIdle() {
        SessionLog log = new Script().at(0).type("ab").waitMs(4000).type("c").build();
        assertThat(IdleSpans.detect(log).count()).isZero();
    }

    @Test
    void pointerJitterDoesNotCountAsActivity() {
        Script s = new Script().at(0).move(500, 500);
        for (int i = 0; i < 100; i++) {
            s.waitMs(100).move(500 + i % 2, 500 - i % 3 / 2);
        }
        s.waitMs(100).move(560, 520);
        SessionLog log = s.build();
        IdleSpans idle = IdleSpans.detect(log);
        assertThat(idle.spans()).hasSize(1);
        assertThat(idle.span(0).endMs()).isEqualTo((int) log.durationMs());
    }

    @Test
    void realPointerMovementIsActivity() {
        Script s = new Script().at(0).move(0, 0);
        for (int i = 0; i < 100; i++) {
            s.waitMs(100).move(i * 10, 0);
        }
        assertThat(IdleSpans.detect(s.build()).count()).isZero();
    }

    @Test
    void focusChangesAloneAreNotActivityAndTheSessionEdgesCount() {
        SessionLog log = new Script().at(6000).type("a").waitMs(6000).focus("Chat", "x").waitMs(6000).focus("Mail", "y")
                .build();
        IdleSpans idle = IdleSpans.detect(log);
        assertThat(idle.spans()).hasSize(2);
        assertThat(idle.span(0).startMs()).isZero();
        assertThat(idle.span(1).endMs()).isEqualTo((int) log.durationMs());
    }

    @Test
    void theThresholdIsAParameter() {
        SessionLog log = new Script().at(0).type("ab").waitMs(3000).type("c").build();
        assertThat(IdleSpans.detect(log, 2000, 3).count()).isEqualTo(1);
        assertThat(IdleSpans.detect(log, 9000, 3).count()).isZero();
        assertThatThrownBy(() -> IdleSpans.detect(log, 0, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void spansInReturnsOnlyThoseOverlappingTheWindow() {
        SessionLog log = new Script().at(0).type("a").waitMs(7000).type("b").waitMs(7000).type("c").waitMs(7000)
                .type("d").build();
        IdleSpans idle = IdleSpans.detect(log);
        assertThat(idle.count()).isEqualTo(3);
        TimeSpan second = idle.span(1);
        assertThat(idle.spansIn(second.startMs() + 1, second.endMs() - 1)).containsExactly(second);
        assertThat(idle.spansIn(0, Integer.MAX_VALUE)).hasSize(3);
        assertThat(idle.totalIdleMs()).isGreaterThan(21000);
    }

    @Test
    void aCopyOrPasteIsActivity() {
        SessionLog quiet = new org.trailmark.model.SessionLogBuilder().pointerMove(0, 1, 1).pointerMove(12_000, 1, 1)
                .build();
        SessionLog copied = new org.trailmark.model.SessionLogBuilder().pointerMove(0, 1, 1).clipboard(4_000, 5, null).clipboard(8_000, 2, null)
                .pointerMove(12_000, 1, 1).build();

        assertThat(IdleSpans.detect(quiet).count()).isEqualTo(1);
        assertThat(IdleSpans.detect(copied).count()).isZero();
    }
}
