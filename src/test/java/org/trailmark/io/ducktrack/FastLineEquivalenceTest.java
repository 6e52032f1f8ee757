package org.trailmark.io.ducktrack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.trailmark.io.ImportLimits;
import org.trailmark.io.keys.KeyPlatform;
import org.trailmark.model.SessionLog;

/**
 * The byte-level parser of the usual recorder lines ({@link FlatJsonLine}) against Jackson, the
 * reading of every other line: on any line the fast parser accepts, every field reads the same
 * (numbers to the bit), and a whole file read with and without the fast path gives the same events
 * and problems.
 */
class FastLineEquivalenceTest {
    private static final String[] FIELDS = {"time_stamp", "action", "x", "y", "dx", "dy", "button", "pressed",
            "name", "pynput_key"};

    @Property(tries = 3000)
    void everyFieldReadsAsJacksonReadsIt(@ForAll("lines") String line) {
        assertSameReading(line);
    }

    @Property(tries = 3000)
    void damagedLinesReadAsJacksonReadsThemOrAreLeftToIt(@ForAll("damagedLines") String line) {
        assertSameReading(line);
    }

    @Test
    void theUsualLinesTakeTheFastPath() {
        for (String line : List.of(
                "{\"time_stamp\": 1000.008, \"action\": \"move\", \"x\": 803.3861, \"y\": 504.7132}",
                "{\"time_stamp\": 30680.6270419, \"action\": \"click\", \"x\": 1328, \"y\": 745, \"button\": \"left\","
                        + " \"pressed\": true, \"event_idx\": 70}",
                "{\"time_stamp\": 1004.101884, \"action\": \"press\", \"name\": \"u\"}",
                "{\"time_stamp\": 1000.532, \"action\": \"scroll\", \"x\": 801.2247, \"y\": 499.4395, \"dx\": 0, \"dy\": -1}")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(new FlatJsonLine().parse(bytes, 0, bytes.length)).as(line).isTrue();
            assertSameReading(line);
        }
    }

    @Test
    void whatJacksonMightReadDifferentlyIsLeftToIt() {
        for (String line : List.of(
                "{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": 1, \"x\": 2, \"y\": 3}",
                "{\"time_stamp\": 1.0, \"action\": \"mo\\u0076e\", \"x\": 1, \"y\": 3}",
                "{\"time_stamp\": 01.0, \"action\": \"move\", \"x\": 1, \"y\": 3}",
                "{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": {\"a\": 1}, \"y\": 3}",
                "{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": 1, \"y\": 3} x",
                "{\"time_stamp\": 1.0, \"action\": \"déplacer\", \"x\": 1, \"y\": 3}")) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertThat(new FlatJsonLine().parse(bytes, 0, bytes.length)).as(line).isFalse();
        }
    }

    @Property(tries = 60)
    void aFileReadsTheSameWithAndWithoutTheFastPath(@ForAll("files") List<String> lines) throws IOException {
        Path file = Files.createTempFile("events", ".jsonl");
        try {
            Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
            ProblemSink fastProblems = new ProblemSink();
            ProblemSink slowProblems = new ProblemSink();
            RecordingReader.Result fast = RecordingReader.read(file, KeyPlatform.LINUX, List.of(),
                    ImportLimits.defaults(), fastProblems);
            RecordingReader.Result slow = RecordingReader.readWithoutFastPath(file, KeyPlatform.LINUX,
                    ImportLimits.defaults(), slowProblems);

            assertThat(fastProblems.problems()).isEqualTo(slowProblems.problems());
            assertThat(fast.sha256Hex()).isEqualTo(slow.sha256Hex());
            assertSameEvents(fast.log(), slow.log());
        } finally {
            Files.delete(file);
        }
    }

    private static void assertSameEvents(SessionLog a, SessionLog b) {
        assertThat(a.size()).isEqualTo(b.size());
        assertThat(a.strings()).isEqualTo(b.strings());
        for (int i = 0; i < a.size(); i++) {
            assertThat(new int[] {a.time(i), a.kindCode(i), a.x(i), a.y(i), a.a(i), a.b(i)}).as("event %d", i)
                    .isEqualTo(new int[] {b.time(i), b.kindCode(i), b.x(i), b.y(i), b.a(i), b.b(i)});
        }
    }

    private static void assertSameReading(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        FlatJsonLine flat = new FlatJsonLine();
        if (!flat.parse(bytes, 0, bytes.length)) {
            return; // Jackson reads it, as it always did
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(line);
        } catch (JacksonException e) {
            throw new AssertionError("the fast parser read a line Jackson refuses: " + line, e);
        }
        assertThat(node.isObject()).as(line).isTrue();
        JsonNodeFields tree = new JsonNodeFields(node);
        for (String field : FIELDS) {
            assertThat(flat.has(field)).as(field + " in " + line).isEqualTo(tree.has(field));
            assertThat(Double.doubleToRawLongBits(flat.finiteNumber(field))).as(field + " in " + line)
                    .isEqualTo(Double.doubleToRawLongBits(tree.finiteNumber(field)));
            assertThat(flat.numberProblem(field)).as(field + " in " + line).isEqualTo(tree.numberProblem(field));
            assertThat(flat.text(field)).as(field + " in " + line).isEqualTo(tree.text(field));
            assertThat(flat.flag(field)).as(field + " in " + line).isEqualTo(tree.flag(field));
        }
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> key = Arbitraries.oneOf(Arbitraries.of(FIELDS), Arbitraries.of("event_idx", "extra", ""));
        Arbitrary<String> member = Combinators.combine(key, values(), spaces(), spaces())
                .as((k, v, s1, s2) -> "\"" + k + "\"" + s1 + ":" + s2 + v);
        return Combinators.combine(member.list().ofMaxSize(9), spaces(), spaces())
                .as((members, before, after) -> before + "{" + String.join(", ", members) + "}" + after);
    }

    @Provide
    Arbitrary<String> damagedLines() {
        return Combinators.combine(lines(), Arbitraries.integers().between(0, 200),
                        Arbitraries.of("", "\"", "{", "}", ",", ":", "-", ".", "e", "\\", "é", "\t", "0", "]", "null"),
                        Arbitraries.integers().between(0, 3))
                .as((line, at, insert, cut) -> {
                    int i = Math.min(at, line.length());
                    String damaged = line.substring(0, i) + insert + line.substring(Math.min(line.length(), i + cut));
                    return damaged;
                });
    }

    @Provide
    Arbitrary<List<String>> files() {
        Arbitrary<String> usual = Combinators.combine(Arbitraries.integers().between(0, 5_000),
                        Arbitraries.of("move", "click", "scroll", "press", "release", "pause", "resume", "jump"),
                        Arbitraries.integers().between(-50, 3000), Arbitraries.of("a", "shift", "Key.enter", "'W'", "<84>"))
                .as((ms, action, coordinate, key) -> {
                    String ts = String.valueOf(1000 + ms / 1000.0);
                    return switch (action) {
                        case "move" -> "{\"time_stamp\": " + ts + ", \"action\": \"move\", \"x\": " + coordinate
                                + ".25, \"y\": " + coordinate / 3 + "}";
                        case "click" -> "{\"time_stamp\": " + ts + ", \"action\": \"click\", \"x\": " + coordinate
                                + ", \"y\": 7, \"button\": \"left\", \"pressed\": " + (coordinate % 2 == 0) + "}";
                        case "scroll" -> "{\"time_stamp\": " + ts + ", \"action\": \"scroll\", \"x\": 1, \"y\": 2,"
                                + " \"dx\": 0, \"dy\": " + (coordinate % 3) + "}";
                        case "press", "release" -> "{\"time_stamp\": " + ts + ", \"action\": \"" + action
                                + "\", \"name\": \"" + key.replace("'", "") + "\", \"pynput_key\": \"" + key + "\"}";
                        default -> "{\"time_stamp\": " + ts + ", \"action\": \"" + action + "\"}";
                    };
                });
        return Arbitraries.oneOf(usual, usual, usual, lines(), damagedLines()).list().ofMinSize(1).ofMaxSize(80)
                .map(lines -> {
                    List<String> sorted = new ArrayList<>(lines);
                    return sorted;
                });
    }

    private static Arbitrary<String> values() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-2e6, 2e10).ofScale(7).map(d -> d.toString()),
                Arbitraries.doubles().between(-2e6, 2e6).map(String::valueOf),
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.longs().map(String::valueOf),
                Arbitraries.of("0", "-0", "0.0", "-0.0", "1e3", "1E-3", "2.5e+2", "1e999", "123456789012345678901234",
                        "0.000000000000000000001", "9007199254740993", "9007199254740993.0", "1.7976931348623157e308",
                        "4.9e-324", "12345678901234567.5", "0.1234567890123456789"),
                Arbitraries.of("true", "false", "null", "[]", "[1]", "{}", "{\"a\": 1}"),
                Arbitraries.of("move", "click", "scroll", "press", "release", "pause", "resume", "left", "Button.left",
                        "Key.shift", "'W'", "<84>", "", "a b", "x\\ty", "\\u0041", "é").map(s -> "\"" + s + "\""));
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.of("", "", " ", "  ", "\t");
    }
}
