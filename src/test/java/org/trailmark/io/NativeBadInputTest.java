package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trailmark.io.NativeTestSessions.HEADER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SubjectIds;

class NativeBadInputTest {
    private static final String MOVE = "{\"t\":10,\"type\":\"pointer_move\",\"x\":1,\"y\":2}";
    private static final String LATER_MOVE = "{\"t\":20,\"type\":\"pointer_move\",\"x\":3,\"y\":4}";
    /** Captured content planted in bad lines: it must never show up in a problem. */
    private static final String SECRET = "hunter2-Secret";

    @TempDir
    Path dir;

    private ReadResult read(Path file) {
        return new NativeSessionReader().read(file, ImportOptions.defaults());
    }

    private ReadResult readLines(String... lines) throws IOException {
        return read(NativeTestSessions.writeLines(dir, "s.jsonl", lines));
    }

    /** One bad event line between two good ones: the good ones are kept, the bad one is a warning on line 3. */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":1,  | not valid JSON",
        "[1,2,3] | not a JSON object",
        "\"hunter2-Secret\" | not a JSON object",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":1,\"y\":2} {} | not valid JSON",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":NaN,\"y\":2} | not valid JSON",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":Infinity,\"y\":2} | not valid JSON",
        "{\"t\":015,\"type\":\"pointer_move\",\"x\":1,\"y\":2} | not valid JSON",
        "{\"t\":\"15\",\"type\":\"pointer_move\",\"x\":1,\"y\":2} | field \"t\" must be a number",
        "{\"type\":\"pointer_move\",\"x\":1,\"y\":2} | without field \"t\"",
        "{\"t\":15,\"x\":1,\"y\":2} | without field \"type\"",
        "{\"t\":15,\"type\":7,\"x\":1,\"y\":2} | field \"type\" must be a string",
        "{\"t\":15,\"type\":\"pointer_move\",\"y\":2} | pointer_move event without field \"x\"",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":\"hunter2-Secret\",\"y\":2} | field \"x\" must be a number",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":[1],\"y\":2} | field \"x\" must be a number",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":1e400,\"y\":2} | field \"x\" is not a finite number",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":1000001,\"y\":2} | field \"x\" is out of range",
        "{\"t\":15,\"type\":\"pointer_move\",\"x\":1,\"y\":-99999999999999999999999} | field \"y\" is out of range",
        "{\"t\":-1,\"type\":\"pointer_move\",\"x\":1,\"y\":2} | field \"t\" is negative",
        "{\"t\":2147483648,\"type\":\"pointer_move\",\"x\":1,\"y\":2} | field \"t\" is beyond the supported range",
        "{\"t\":1e30,\"type\":\"pointer_move\",\"x\":1,\"y\":2} | field \"t\" is beyond the supported range",
        "{\"t\":5,\"type\":\"pointer_move\",\"x\":1,\"y\":2} | time goes backwards",
        "{\"t\":15,\"type\":\"scroll_v2\",\"x\":1,\"y\":2} | unknown event type \"scroll_v2\"",
        "{\"t\":15,\"type\":\"hunter2-Secret\"} | unknown event type; skipped",
        "{\"t\":15,\"type\":\"key_down\",\"text\":\"hunter2-Secret\"} | key_down event without field \"code\"",
        "{\"t\":15,\"type\":\"key_down\",\"code\":5} | field \"code\" must be a string",
        "{\"t\":15,\"type\":\"key_down\",\"code\":\"KeyA\",\"text\":true} | field \"text\" must be a string",
        "{\"t\":15,\"type\":\"button_down\",\"x\":1,\"y\":2} | button_down event without field \"button\"",
        "{\"t\":15,\"type\":\"wheel\",\"x\":1,\"y\":2,\"dx\":0} | wheel event without field \"dy\"",
        "{\"t\":15,\"type\":\"field\",\"label\":\"hunter2-Secret\"} | field event without field \"role\"",
        "{\"t\":15,\"type\":\"focus\",\"app\":{\"name\":\"hunter2-Secret\"}} | field \"app\" must be a string",
        "{\"t\":15,\"type\":\"marker\",\"label\":12} | field \"label\" must be a string",
        "\u0000\u0001\u00ff\u00fe garbage \u0007 | not valid JSON",
    })
    void badEventLineIsSkippedWithAWarningAndTheRestIsKept(String badLine, String expectedReason) throws IOException {
        ReadResult result = readLines(HEADER, MOVE, badLine, LATER_MOVE);

        assertThat(result.sessions()).hasSize(1);
        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.time(1)).isEqualTo(20);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.file()).isEqualTo(dir.resolve("s.jsonl"));
            assertThat(p.reason()).contains(expectedReason).doesNotContain(SECRET);
        });
        assertThat(result.sessions().get(0).problems()).isEqualTo(result.problems());
    }

    @Test
    void unknownButtonAndRoleAreKeptAsOtherWithAWarning() throws IOException {
        ReadResult result = readLines(HEADER,
                "{\"t\":1,\"type\":\"button_down\",\"button\":\"thumb3\",\"x\":1,\"y\":2}",
                "{\"t\":2,\"type\":\"field\",\"role\":\"credit_card\"}");

        SessionLog log = result.sessions().get(0).log();
        assertThat(log.a(0)).isEqualTo(PointerButton.OTHER.ordinal());
        assertThat(log.a(1)).isEqualTo(FieldRole.OTHER.ordinal());
        assertThat(result.problems()).extracting(Problem::line).containsExactly(2L, 3L);
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason()).contains("kept as \"other\""));
    }

    @Test
    void fractionalCoordinatesAreRoundedSilently() throws IOException {
        ReadResult result = readLines(HEADER,
                "{\"t\":1,\"type\":\"wheel\",\"x\":10.5,\"y\":-3.5,\"dx\":0.4,\"dy\":-2.6}");

        assertThat(result.problems()).isEmpty();
        SessionLog log = result.sessions().get(0).log();
        assertThat(new int[] {log.x(0), log.y(0), log.a(0), log.b(0)}).containsExactly(11, -3, 0, -3);
    }

    @Test
    void microsecondTimesAreFlooredToMilliseconds() throws IOException {
        ReadResult result = readLines(HEADER.replace("\"ms\"", "\"us\""),
                "{\"t\":999,\"type\":\"pause\"}", "{\"t\":1999,\"type\":\"resume\"}",
                "{\"t\":2147483647999,\"type\":\"marker\"}");

        assertThat(result.problems()).isEmpty();
        SessionLog log = result.sessions().get(0).log();
        assertThat(new int[] {log.time(0), log.time(1), log.time(2)}).containsExactly(0, 1, Integer.MAX_VALUE);
    }

    @Test
    void unknownKeysAndBlankLinesAreIgnored() throws IOException {
        ReadResult result = readLines(HEADER.replace("\"ms\"", "\"ms\",\"future_key\":{\"a\":[1]}"),
                "", "{\"t\":1,\"type\":\"pointer_move\",\"x\":1,\"y\":2,\"pressure\":0.5,\"extra\":{\"k\":null}}",
                "   ", "{\"t\":2,\"type\":\"pause\"}\r");

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions().get(0).log().size()).isEqualTo(2);
    }

    @Test
    void emptyFileIsAnErrorAndImportsNothing() throws IOException {
        Path file = NativeTestSessions.writeBytes(dir, "empty.jsonl", new byte[0]);

        ReadResult result = read(file);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).isEqualTo("empty file: no header");
        });
    }

    @Test
    void emptyGzipFileIsAnErrorAndImportsNothing() throws IOException {
        Path zeroBytes = NativeTestSessions.writeBytes(dir, "zero.jsonl.gz", new byte[0]);
        Files.write(zeroBytes, new byte[0]);
        Path emptyContent = NativeTestSessions.writeBytes(dir, "nothing.jsonl.gz", new byte[0]);

        assertThat(read(zeroBytes).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("empty file: no header"));
        assertThat(read(emptyContent).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo("empty file: no header"));
    }

    @Test
    void binaryGarbageIsAnErrorOnLineOne() throws IOException {
        byte[] garbage = new byte[5000];
        new Random(7).nextBytes(garbage);
        Path file = NativeTestSessions.writeBytes(dir, "garbage.jsonl", garbage);

        ReadResult result = read(file);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("header");
        });
    }

    @Test
    void plainTextNamedGzIsAnError() throws IOException {
        Path file = dir.resolve("not-gzip.jsonl.gz");
        Files.writeString(file, HEADER + "\n" + MOVE + "\n");

        assertThat(read(file).problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).contains("not a gzip file");
        });
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"format\":\"trailmark-session\",\"version\":\"1.0\" | not valid JSON",
        "{\"format\":\"other-tool\",\"version\":\"1.0\"} | not a Trailmark session",
        "{\"format\":\"trailmark-session\",\"version\":1} | \"version\"",
        "{\"format\":\"trailmark-session\",\"version\":\"one\"} | must look like \"1.0\"",
        "{\"format\":\"trailmark-session\",\"version\":\"0.9\"} | capture format 0.9 is not supported",
    })
    void badHeaderIsAnErrorAndImportsNothing(String header, String expectedReason) throws IOException {
        ReadResult result = readLines(header, MOVE);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains(expectedReason);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "\"session\":\"s-0001\", | \"session\":\"  \", | field \"session\" must be a non-empty string",
        "\"subject\":\"subj-ana\", | '' | the header lacks field \"subject\"",
        "+01:00 | '' | field \"start\" must be an RFC 3339 time with an offset",
        "\"ms\" | \"seconds\" | field \"time_unit\" must be \"ms\" or \"us\"",
        "[{\"id\":0,\"x\":0,\"y\":0,\"width\":1920,\"height\":1080,\"scale\":1.0}] | [] | must list at least one screen",
        "\"width\":1920 | \"width\":0 | screens[0]: field \"width\" must be a positive integer",
        "\"scale\":1.0 | \"scale\":-2 | screens[0]: field \"scale\" must be a positive number",
    })
    void headerWithAMissingOrWrongRequiredFieldIsRefused(String find, String replace, String reason)
            throws IOException {
        String header = HEADER.replace(find, replace);
        assertThat(header).isNotEqualTo(HEADER);

        ReadResult result = readLines(header, MOVE);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).contains(reason);
        });
    }

    @Test
    void futureMajorVersionIsRefusedWithAnUpdateMessage() throws IOException {
        ReadResult result = readLines(HEADER.replace("\"1.0\"", "\"2.0\""), MOVE);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).isEqualTo("written in capture format 2.0; this Trailmark reads 1.x — update Trailmark");
        });
    }

    @Test
    void newerMinorVersionIsReadAndUnknownHeaderKeysIgnored() throws IOException {
        ReadResult result = readLines(HEADER.replace("\"1.0\"", "\"1.7\"").replace("\"time_unit\"",
                "\"gaze\":{\"rate\":60},\"time_unit\""), MOVE);

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions()).hasSize(1);
    }

    @Test
    void malformedConsentIsDroppedWithAWarningSoTheSessionIsNeverExported() throws IOException {
        ReadResult result = readLines(HEADER.replace("\"time_unit\"",
                "\"consent\":{\"policy\":\"p\",\"version\":\"1\",\"purposes\":\"training\",\"granted\":\"2026-01-01T00:00:00Z\"},"
                        + "\"time_unit\""), MOVE);

        assertThat(result.sessions().get(0).info().consent()).isNull();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.reason()).contains("\"consent\" is malformed");
        });
    }

    @Test
    void truncatedLastLineIsAWarningAndEverythingBeforeIsKept() throws IOException {
        String content = HEADER + "\n" + MOVE + "\n" + LATER_MOVE + "\n{\"t\":30,\"type\":\"key_down\",\"co";
        Path file = NativeTestSessions.writeBytes(dir, "crash.jsonl", content.getBytes(StandardCharsets.UTF_8));

        ReadResult result = read(file);

        assertThat(result.sessions().get(0).log().size()).isEqualTo(2);
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.reason()).contains("truncated last line");
        });
    }

    @Test
    void lastLineWithoutLineBreakIsKeptWhenComplete() throws IOException {
        String content = HEADER + "\n" + MOVE + "\n" + LATER_MOVE;
        Path file = NativeTestSessions.writeBytes(dir, "no-eol.jsonl", content.getBytes(StandardCharsets.UTF_8));

        ReadResult result = read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions().get(0).log().size()).isEqualTo(2);
    }

    @Test
    void aHeaderCannotBorrowAnotherRecordingsUnassignedSubject() throws IOException {
        String borrowed = SubjectIds.unassignedFor("s-other");
        String own = SubjectIds.unassignedFor("s-0001");

        ReadResult result = readLines(HEADER.replace("\"subject\":\"subj-ana\"", "\"subject\":\"" + borrowed + "\""),
                MOVE);
        ReadResult roundTrip = readLines(HEADER.replace("\"subject\":\"subj-ana\"", "\"subject\":\"" + own + "\""),
                MOVE);

        assertThat(result.sessions().get(0).info().subject()).isEqualTo(own);
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isFalse());
        assertThat(roundTrip.sessions().get(0).info().subject()).isEqualTo(own);
        assertThat(roundTrip.problems()).isEmpty();
    }

    @Test
    void headerOnlyFileIsImportedWithoutEventsAndAWarning() throws IOException {
        ReadResult result = readLines(HEADER);

        assertThat(result.sessions()).hasSize(1);
        assertThat(result.sessions().get(0).log().isEmpty()).isTrue();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.reason()).contains("no events");
        });
    }

    @Test
    void truncatedGzipKeepsEventsBeforeTheDamage() throws IOException {
        SessionLog log = manyMoves(50_000);
        Path whole = dir.resolve("whole.jsonl.gz");
        NativeSessionWriter.write(NativeTestSessions.info(), log, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length / 2));

        ReadResult result = read(cut);

        assertThat(result.sessions()).hasSize(1);
        SessionLog kept = result.sessions().get(0).log();
        assertThat(kept.size()).isBetween(10_000, 49_999);
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.time(i)).isEqualTo(log.time(i));
            assertThat(kept.x(i)).isEqualTo(log.x(i));
        }
        List<Problem> problems = result.problems();
        assertThat(problems).last().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.reason()).matches("gzip stream ends early after line \\d+; the lines before it were kept");
        });
        long afterLine = Long.parseLong(problems.get(problems.size() - 1).reason().replaceAll("\\D+(\\d+).*", "$1"));
        assertThat(kept.size()).isIn((int) afterLine - 1, (int) afterLine);
    }

    @Test
    void gzipCutInsideTheTrailerKeepsEveryEvent() throws IOException {
        SessionLog log = manyMoves(1000);
        Path whole = dir.resolve("whole.jsonl.gz");
        NativeSessionWriter.write(NativeTestSessions.info(), log, whole);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 3));

        ReadResult result = read(cut);

        assertThat(result.sessions().get(0).log().size()).isEqualTo(1000);
        assertThat(result.problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).startsWith("gzip stream ends early after line 1001"));
    }

    @Test
    void corruptGzipKeepsWhatWasReadAndSaysItIsDamaged() throws IOException {
        SessionLog log = manyMoves(20_000);
        Path whole = dir.resolve("whole.jsonl.gz");
        NativeSessionWriter.write(NativeTestSessions.info(), log, whole);
        byte[] bytes = Files.readAllBytes(whole);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) 0xFF;
        }
        Path bad = dir.resolve("bad.jsonl.gz");
        Files.write(bad, bytes);

        ReadResult result = read(bad);

        assertThat(result.sessions()).hasSize(1);
        assertThat(result.sessions().get(0).log().size()).isGreaterThan(5_000);
        assertThat(result.problems()).anySatisfy(p -> assertThat(p.reason()).startsWith("gzip stream"));
        assertThat(result.problems()).noneMatch(Problem::isError);
    }

    @Test
    void gzipCutBeforeTheHeaderIsAnError() throws IOException {
        byte[] bytes = NativeTestSessions.gzip((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        Path cut = dir.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, 12));

        ReadResult result = read(cut);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
    }

    @Test
    void manyBadLinesAreListedUpToOneHundredThenSummarised() throws IOException {
        String[] lines = new String[352];
        lines[0] = HEADER;
        for (int i = 1; i < lines.length; i++) {
            lines[i] = i % 2 == 0 ? "{\"t\":" + i + ",\"type\":\"pause\"}" : "{\"t\":" + i + ",\"type\":\"nope\"}";
        }
        ReadResult result = readLines(lines);

        assertThat(result.sessions().get(0).log().size()).isEqualTo(175);
        assertThat(result.problems()).hasSize(101);
        assertThat(result.problems().get(99).line()).isEqualTo(200);
        assertThat(result.problems().get(100).reason()).isEqualTo("… and 76 more problems like these");
    }

    @Test
    void refusingALargeGzipAtTheHeaderStopsTheInflaterThread() throws IOException, InterruptedException {
        StringBuilder content = new StringBuilder(HEADER.replace("\"1.0\"", "\"2.0\"")).append('\n');
        for (int i = 0; i < 100_000; i++) {
            content.append("{\"t\":").append(i).append(",\"type\":\"pointer_move\",\"x\":1,\"y\":2}\n");
        }
        Path file = NativeTestSessions.writeBytes(dir, "future.jsonl.gz",
                content.toString().getBytes(StandardCharsets.UTF_8));

        ReadResult result = read(file);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.isError()).isTrue());
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().equals("trailmark-inflate") && t.isAlive());
    }

    @Test
    void missingFileIsAnError() {
        ReadResult result = read(dir.resolve("absent.jsonl"));

        assertThat(result.sessions()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).isEqualTo("file not found");
        });
    }

    @Test
    void lineBreaksInsideStringsMustBeEscapedSoARawOneSplitsTheLine() throws IOException {
        ReadResult result = readLines(HEADER, "{\"t\":1,\"type\":\"focus\",\"title\":\"two", "lines\"}", LATER_MOVE);

        assertThat(result.sessions().get(0).log().size()).isEqualTo(1);
        assertThat(result.problems()).extracting(Problem::line).containsExactly(2L, 3L);
    }

    private static SessionLog manyMoves(int n) {
        SessionLogBuilder b = new SessionLogBuilder();
        for (int i = 0; i < n; i++) {
            b.add(i * 8, EventKind.POINTER_MOVE, (i * 37) % 1920, (i * 11) % 1080, 0, 0);
        }
        return b.build();
    }
}
