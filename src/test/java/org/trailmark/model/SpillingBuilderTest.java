package org.trailmark.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A spilling builder hands on, chunk by chunk, exactly the log a keeping builder builds, and its figures. */
class SpillingBuilderTest {

    @Property(tries = 50)
    void chunksTogetherAreTheLogAndFiguresAreItsFigures(@ForAll @IntRange(min = 0, max = 3000) int events,
                                                       @ForAll @IntRange(min = 1, max = 400) int chunk,
                                                       @ForAll long seed) {
        List<SessionLog> chunks = new ArrayList<>();
        // a chunk is lent for the call only: keep a copy
        SessionLogBuilder spilling = SessionLogBuilder.spilling(chunk, c -> chunks.add(SessionLog.ofColumns(c.size(),
                c.timeColumn(0, c.size()), c.kindColumn(0, c.size()), c.xColumn(0, c.size()), c.yColumn(0, c.size()),
                c.aColumn(0, c.size()), c.bColumn(0, c.size()), new String[0])));
        SessionLogBuilder keeping = new SessionLogBuilder();
        fill(spilling, events, seed);
        fill(keeping, events, seed);

        LogFigures figures = spilling.finishSpilling();
        SessionLog log = keeping.build();

        assertThat(figures).isEqualTo(LogFigures.of(log));
        int at = 0;
        for (SessionLog c : chunks) {
            assertThat(c.size()).isBetween(1, chunk);
            for (int i = 0; i < c.size(); i++, at++) {
                assertThat(new int[] {c.time(i), c.kindCode(i), c.x(i), c.y(i), c.a(i), c.b(i)})
                        .isEqualTo(new int[] {log.time(at), log.kindCode(at), log.x(at), log.y(at), log.a(at), log.b(at)});
            }
        }
        assertThat(at).isEqualTo(log.size());
    }

    @Test
    void aLentChunkIsReusedForTheNextEvents() {
        List<SessionLog> lent = new ArrayList<>();
        List<Integer> firstTimes = new ArrayList<>();
        SessionLogBuilder spilling = SessionLogBuilder.spilling(2, c -> {
            lent.add(c);
            firstTimes.add(c.time(0));
        });
        spilling.pointerMove(1, 0, 0).pointerMove(2, 0, 0).pointerMove(3, 0, 0).pointerMove(4, 0, 0);

        assertThat(firstTimes).containsExactly(1, 3);
        assertThat(lent.get(0).time(0)).as("the first chunk's arrays took the next events").isEqualTo(3);
    }

    @Test
    void aTimeBeforeTheLastHandedOnEventIsRefused() {
        SessionLogBuilder spilling = SessionLogBuilder.spilling(2, c -> { });
        spilling.pointerMove(10, 0, 0).pointerMove(20, 0, 0);

        assertThatThrownBy(() -> spilling.pointerMove(15, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(spilling.size()).isEqualTo(2);
        assertThat(spilling.lastTime()).isEqualTo(20);
        assertThatThrownBy(spilling::build).isInstanceOf(IllegalStateException.class);
    }

    private static void fill(SessionLogBuilder b, int events, long seed) {
        Random r = new Random(seed);
        String[] apps = {"Terminal", "Firefox", "Mail"};
        int t = 0;
        for (int i = 0; i < events; i++) {
            t += r.nextInt(20);
            switch (r.nextInt(6)) {
                case 0 -> b.focus(t, apps[r.nextInt(apps.length)], "title " + r.nextInt(5));
                case 1 -> b.key(t, r.nextBoolean(), "Key" + (char) ('A' + r.nextInt(26)), r.nextBoolean() ? "a" : null);
                case 2 -> b.wheel(t, r.nextInt(100), r.nextInt(100), 0, r.nextInt(3) - 1);
                case 3 -> b.button(t, r.nextBoolean(), PointerButton.LEFT, r.nextInt(100), r.nextInt(100));
                default -> b.pointerMove(t, r.nextInt(2560), r.nextInt(1440));
            }
        }
    }
}
