package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class TimeArgumentTest {
    @ParameterizedTest
    @CsvSource({
        "12500, 12500",
        "12500ms, 12500",
        "12.5s, 12500",
        "12s, 12000",
        "0.05s, 50",
        "00:00:12.500, 12500",
        "01:02:03.004, 3723004",
        "1:02:03, 3723000",
        "02:03.5, 123500",
        "0, 0"})
    void acceptsMillisecondsSecondsAndClockTimes(String text, int ms) {
        assertThat(TimeArgument.parse(text)).isEqualTo(ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-5", "12.5", "1.2345s", "00:61:00", "00:00:75", "abc", "99999999999999s", "1:2:3:4"})
    void refusesAnythingElseWithTheFormsItAccepts(String text) {
        assertThatThrownBy(() -> TimeArgument.parse(text)).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("'" + text + "'");
    }

    @Test
    void aNegativeTimeIsRefusedAsBeforeTheSessionStarts() {
        assertThatThrownBy(() -> TimeArgument.parse("-5s")).isInstanceOf(TypeConversionException.class)
                .hasMessage("'-5s' is before the session starts: times count from 0, as milliseconds (12500),"
                        + " seconds (12.5s) or hh:mm:ss.mmm (00:00:12.500)");
    }
}
