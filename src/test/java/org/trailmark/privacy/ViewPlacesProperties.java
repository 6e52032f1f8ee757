package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * A view's places are kept as runs of consecutive transcript characters; read back, each view
 * position must name the character (or separator) it was written as, wherever the runs break.
 */
class ViewPlacesProperties {

    @Property(tries = 200)
    void everyPositionReadsBackAsWritten(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                         @ForAll @IntRange(min = 0, max = 3_000) int length) {
        Random random = new Random(seed);
        ViewPlaces places = new ViewPlaces();
        // A reused instance must forget the previous view.
        places.character(0, 7);
        places.separator(1);
        places.clear();
        int[] expected = new int[length];
        int index = random.nextInt(5);
        for (int v = 0; v < length; v++) {
            int r = random.nextInt(20);
            if (r == 0) {
                expected[v] = -1;
                places.separator(v);
                continue;
            }
            // Mostly the next character; sometimes a skip (characters another view leaves out).
            index += r == 1 ? 2 + random.nextInt(50) : 1;
            expected[v] = index;
            places.character(v, index);
        }
        for (int v = 0; v < length; v++) {
            assertThat(places.of(v)).as("position %d", v).isEqualTo(expected[v]);
        }
    }
}
