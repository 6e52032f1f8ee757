package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class EventChunkCodecProperties {

    /** Any column values, including extreme ints, negative coordinates, equal and falling times. */
    @Property(tries = 300)
    void anyColumnsRoundTrip(@ForAll("columns") EventColumns columns) {
        int n = columns.time.length;
        byte[] blob = EventChunkCodec.encode(columns, 0, n);

        EventColumns decoded = EventColumns.allocate(n);
        EventChunkCodec.decode(blob, n, decoded, 0);

        assertThat(decoded.time).isEqualTo(columns.time);
        assertThat(decoded.kind).isEqualTo(columns.kind);
        assertThat(decoded.x).isEqualTo(columns.x);
        assertThat(decoded.y).isEqualTo(columns.y);
        assertThat(decoded.a).isEqualTo(columns.a);
        assertThat(decoded.b).isEqualTo(columns.b);
    }

    @Property(tries = 100)
    void aRangeDecodesIntoItsPlaceWithoutTouchingNeighbours(@ForAll("columns") EventColumns columns,
                                                            @ForAll @IntRange(max = 5) int offset) {
        int n = columns.time.length;
        byte[] blob = EventChunkCodec.encode(columns, 0, n);
        EventColumns target = EventColumns.allocate(n + offset + 3);
        Arrays.fill(target.time, 77);

        EventChunkCodec.decode(blob, n, target, offset);

        assertThat(Arrays.copyOfRange(target.time, offset, offset + n)).isEqualTo(columns.time);
        assertThat(Arrays.copyOfRange(target.time, 0, offset)).isEqualTo(filled(offset, 77));
        assertThat(Arrays.copyOfRange(target.time, offset + n, target.time.length)).isEqualTo(filled(3, 77));
    }

    @Property(tries = 100)
    void stringTablesRoundTrip(@ForAll List<String> strings) {
        assertThat(StringTableCodec.decode(StringTableCodec.encode(strings))).containsExactlyElementsOf(strings);
    }

    private static int[] filled(int length, int value) {
        int[] array = new int[length];
        Arrays.fill(array, value);
        return array;
    }

    @Provide
    Arbitrary<EventColumns> columns() {
        Arbitrary<Integer> ints = Arbitraries.oneOf(
                Arbitraries.integers(),
                Arbitraries.integers().between(-3000, 3000),
                Arbitraries.of(0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1));
        Arbitrary<Byte> kinds = Arbitraries.oneOf(Arbitraries.bytes().between((byte) 0, (byte) 10), Arbitraries.bytes());
        return Arbitraries.integers().between(0, 300).flatMap(n -> Combinators.combine(
                ints.array(int[].class).ofSize(n),
                kinds.array(byte[].class).ofSize(n),
                ints.array(int[].class).ofSize(n),
                ints.array(int[].class).ofSize(n),
                ints.array(int[].class).ofSize(n),
                ints.array(int[].class).ofSize(n)).as(EventColumns::new));
    }
}
