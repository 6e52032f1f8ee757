package org.trailmark.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

class LargeSessionTest {

    @Test
    void aThousandEventSessionHasExactlyAThousandEventsMostlyPointerMoves() {
        SessionLog log = SessionGenerator.large(1, 1000).log();

        assertThat(log.size()).isEqualTo(1000);
        assertThat(log.countsByKind().get(EventKind.POINTER_MOVE)).isGreaterThanOrEqualTo(950L);
    }

    @Test
    void aLongerSessionMixesEveryKindOfInputAtAboutTwoPercent() {
        SessionLog log = SessionGenerator.large(42, 60_000).log();
        Map<EventKind, Long> counts = log.countsByKind();

        assertThat(log.size()).isEqualTo(60_000);
        assertThat(counts.get(EventKind.POINTER_MOVE)).isBetween(57_000L, 59_400L);
        assertThat(counts.get(EventKind.KEY_DOWN) + counts.get(EventKind.KEY_UP)).isBetween(600L, 1_300L);
        assertThat(counts.get(EventKind.BUTTON_DOWN)).isPositive();
        assertThat(counts.get(EventKind.WHEEL)).isPositive();
        assertThat(counts.get(EventKind.FOCUS)).isGreaterThan(1L);
        assertThat(log.apps()).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void theSameSeedGivesTheSameSessionAndAnotherSeedAnotherOne() {
        SessionLog a = SessionGenerator.large(7, 20_000).log();
        SessionLog b = SessionGenerator.large(7, 20_000).log();
        SessionLog c = SessionGenerator.large(8, 20_000).log();

        SessionGeneratorTest.assertSameColumns(a, b);
        assertThat(c.xColumn(0, c.size())).isNotEqualTo(a.xColumn(0, a.size()));
    }

    @Test
    void noKeyOrButtonIsLeftHeldWhenTheCountRunsOut() {
        for (int events : new int[] {1, 2, 499, 501, 777, 5_003}) {
            SessionLog log = SessionGenerator.large(events, events).log();
            assertThat(log.size()).isEqualTo(events);
            Set<Integer> keys = new HashSet<>();
            int buttons = 0;
            for (int i = 0; i < log.size(); i++) {
                switch (log.kind(i)) {
                    case KEY_DOWN -> keys.add(log.a(i));
                    case KEY_UP -> keys.remove(log.a(i));
                    case BUTTON_DOWN -> buttons++;
                    case BUTTON_UP -> buttons--;
                    default -> { }
                }
            }
            assertThat(keys).as("%d events", events).isEmpty();
            assertThat(buttons).as("%d events", events).isZero();
        }
    }

    @Test
    void anImpossibleSizeIsRefused() {
        assertThatThrownBy(() -> SessionGenerator.large(1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SessionGenerator.large(1, LargeSession.MAX_EVENTS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
