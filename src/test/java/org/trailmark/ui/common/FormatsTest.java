package org.trailmark.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void durationIsHoursMinutesSecondsWithPartialSecondsDropped() {
        assertThat(Formats.hms(0)).isEqualTo("00:00:00");
        assertThat(Formats.hms(999)).isEqualTo("00:00:00");
        assertThat(Formats.hms(61_000)).isEqualTo("00:01:01");
        assertThat(Formats.hms(3_723_456)).isEqualTo("01:02:03");
    }

    @Test
    void durationKeepsCountingHoursPastADay() {
        assertThat(Formats.hms(100L * 3_600_000 + 59_000)).isEqualTo("100:00:59");
    }

    @Test
    void negativeDurationShowsAsZeroInsteadOfNonsense() {
        assertThat(Formats.hms(-5_000)).isEqualTo("00:00:00");
    }

    @Test
    void countsAreGroupedTheSameWayOnEveryMachine() {
        assertThat(Formats.count(13_401)).isEqualTo("13,401");
        assertThat(Formats.plural(1, "session", "sessions")).isEqualTo("1 session");
        assertThat(Formats.plural(1_000, "session", "sessions")).isEqualTo("1,000 sessions");
    }

    @Test
    void startTimeIsShownInTheCapturesOwnOffset() {
        OffsetDateTime t = OffsetDateTime.of(2026, 11, 27, 9, 14, 5, 0, ZoneOffset.ofHours(-5));
        assertThat(Formats.start(t)).isEqualTo("2026-11-27 09:14");
        assertThat(Formats.startFull(t)).isEqualTo("2026-11-27 09:14:05 -05:00");
    }

    @Test
    void emptyListsReadAsThePlaceholder() {
        assertThat(Formats.joined(List.of(), "none")).isEqualTo("none");
        assertThat(Formats.joined(List.of("Firefox", "Code"), "none")).isEqualTo("Firefox, Code");
    }
}
