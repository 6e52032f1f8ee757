package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.model.SessionLog;

class EventChunkCodecTest {
    private final SessionLog log = SyntheticSessions.r1Like(5_000, 11);
    private final EventColumns columns = EventColumns.copyOf(log, 0, log.size());
    private final byte[] blob = EventChunkCodec.encode(columns, 0, log.size());

    @Test
    void smoothPointerPathsTakeAFewBytesAnEvent() {
        assertThat((double) blob.length / log.size()).isLessThan(3.0);
    }

    @Test
    void aTruncatedBlobIsReportedAsDamage() {
        byte[] cut = Arrays.copyOf(blob, blob.length / 2);

        assertThatThrownBy(() -> EventChunkCodec.decode(cut, log.size(), EventColumns.allocate(log.size()), 0))
                .isInstanceOf(DamagedDataException.class);
    }

    @Test
    void aFlippedByteIsCaughtByTheChecksum() {
        byte[] flipped = blob.clone();
        flipped[flipped.length / 2] ^= 0x10;

        assertThatThrownBy(() -> EventChunkCodec.decode(flipped, log.size(), EventColumns.allocate(log.size()), 0))
                .isInstanceOf(DamagedDataException.class);
    }

    @Test
    void aWrongEventCountIsReportedAsDamage() {
        assertThatThrownBy(() -> EventChunkCodec.decode(blob, log.size() - 1, EventColumns.allocate(log.size()), 0))
                .isInstanceOf(DamagedDataException.class);
        assertThatThrownBy(() -> EventChunkCodec.decode(blob, log.size(), EventColumns.allocate(log.size() - 1), 0))
                .isInstanceOf(DamagedDataException.class);
    }

    @Test
    void garbageIsReportedAsDamage() {
        byte[] garbage = new byte[64];
        Arrays.fill(garbage, (byte) 0x9C);

        assertThatThrownBy(() -> EventChunkCodec.decode(garbage, 10, EventColumns.allocate(10), 0))
                .isInstanceOf(DamagedDataException.class);
        assertThatThrownBy(() -> StringTableCodec.decode(garbage)).isInstanceOf(DamagedDataException.class);
    }

    @Test
    void textListsKeepEmptyItemsNewlinesAndBackslashes() {
        List<String> items = List.of("", "a\nb", "c\\n", "\\");

        assertThat(TextLists.decode(TextLists.encode(items))).isEqualTo(items);
        assertThat(TextLists.decode(TextLists.encode(List.of()))).isEmpty();
    }
}
