package org.trailmark.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SpanFieldsTest {
    @Test
    void readsTheWaysPeopleWriteATime() {
        assertThat(SpanFields.parse("1:02.500")).hasValue(62_500);
        assertThat(SpanFields.parse(" 1:02 ")).hasValue(62_000);
        assertThat(SpanFields.parse("1:00:02.5")).hasValue(3_602_500);
        assertThat(SpanFields.parse("62.5")).hasValue(62_500);
        assertThat(SpanFields.parse("0")).hasValue(0);
    }

    @Test
    void refusesWhatIsNotATime() {
        assertThat(SpanFields.parse("")).isEqualTo(OptionalInt.empty());
        assertThat(SpanFields.parse("soon")).isEqualTo(OptionalInt.empty());
        assertThat(SpanFields.parse("-3")).isEqualTo(OptionalInt.empty());
        assertThat(SpanFields.parse("1:2:3:4")).isEqualTo(OptionalInt.empty());
        assertThat(SpanFields.parse(null)).isEqualTo(OptionalInt.empty());
    }

    @Test
    void writesWhatItReads() {
        for (int ms : new int[] {0, 999, 62_500, 3_602_500}) {
            assertThat(SpanFields.parse(SpanFields.format(ms))).hasValue(ms);
        }
    }
}
