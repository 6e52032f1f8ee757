package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A flagged number (a PIN, a postcode, a date) must be caught wherever captured text shows, without
 * failing an export because the same digits happen to sit inside a time or a coordinate.
 */
class NumericValueVerificationTest {
    private static final String PIN = "48213";
    private static final String BIRTH_DATE = "12-04-1990";

    @TempDir
    Path dir;

    @Test
    void theDigitsOfAFlaggedNumberInsideTimesAndCoordinatesAreNotALeak() throws IOException {
        write("data/events/train/e-1.jsonl",
                "{\"t\":1482130,\"type\":\"key_down\",\"code\":\"KeyA\",\"text\":\"a\"}\n"
                + "{\"t\":1482131,\"type\":\"button_down\",\"button\":\"left\",\"x\":1204,\"y\":1990}\n");
        write("data/train.jsonl", "{\"task_id\":\"e-1/1\",\"actions\":[{\"type\":\"click\",\"t_ms\":148213,"
                + "\"x\":1204,\"y\":1990,\"x_norm\":0.9482130,\"y_norm\":0.1204199}]}\n");
        write("data/keystrokes/train.tsv", "subject\tsession\tcode\tpress_ms\n"
                + "s-1\te-1\tKeyA\t148213\n");

        assertThat(ExportVerifier.findLeaks(dir, Set.of(PIN, BIRTH_DATE))).isEmpty();
    }

    @Test
    void aFlaggedNumberInTypedTextOrATitleIsALeak() throws IOException {
        write("data/train.jsonl", "{\"actions\":[{\"type\":\"type\",\"text\":\"code " + PIN + " sent\"}]}\n");
        write("data/events/train/e-2.jsonl",
                "{\"t\":5,\"type\":\"focus\",\"app\":\"Shop\",\"title\":\"Order " + PIN + "\"}\n");

        assertThat(ExportVerifier.findLeaks(dir, Set.of(PIN))).containsExactlyInAnyOrder(
                "data/train.jsonl: a flagged value appears as text",
                "data/events/train/e-2.jsonl: a flagged value appears as text");
    }

    @Test
    void aFlaggedNumberSpelledKeyByKeyIsALeak() throws IOException {
        StringBuilder events = new StringBuilder();
        int t = 10;
        for (char c : PIN.toCharArray()) {
            events.append("{\"t\":").append(t).append(",\"type\":\"key_down\",\"code\":\"Digit").append(c)
                    .append("\",\"text\":\"").append(c).append("\"}\n");
            t += 20;
        }
        write("data/events/train/e-3.jsonl", events.toString());

        assertThat(ExportVerifier.findLeaks(dir, Set.of(PIN)))
                .containsExactly("data/events/train/e-3.jsonl: a flagged value is spelled by consecutive key actions");
    }

    @Test
    void aFlaggedDateWrittenWithOtherSeparatorsIsALeak() throws IOException {
        write("data/train.jsonl", "{\"actions\":[{\"type\":\"type\",\"text\":\"born 12.04.1990\"}]}\n");

        assertThat(ExportVerifier.findLeaks(dir, Set.of(BIRTH_DATE)))
                .containsExactly("data/train.jsonl: a flagged value appears with its separators removed");
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
