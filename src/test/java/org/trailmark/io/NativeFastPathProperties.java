package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

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
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * The byte fast path and the Jackson fallback must agree: whenever the fast path takes a line,
 * Jackson must read the same fields from it. Lines are generated as raw text so that they
 * include everything the fast path has to refuse (escapes, non-ASCII, fractions, literals,
 * nesting, bad syntax) next to the plain shape it handles.
 */
class NativeFastPathProperties {
    private static final List<String> KEYS = List.of("t", "type", "x", "y", "dx", "dy", "button", "code", "text",
            "app", "title", "role", "label", "length", "lengths", "pressure", "ty", "types", "\\u0074", "tīme", "");

    @Property(tries = 2000)
    void fastPathAgreesWithJacksonWheneverItTakesALine(@ForAll("lines") String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        NativeEventFields fast = new NativeEventFields();
        NativeEventFields slow = new NativeEventFields();

        boolean taken = new NativeFastLineParser().parse(bytes, 0, bytes.length, fast);
        String malformed = new NativeJacksonLineParser().parse(bytes, 0, bytes.length, slow);

        Statistics.label("fast path").collect(taken ? "taken" : "refused");
        NativeFastLineParser canonical = new NativeFastLineParser();
        if (canonical.canonicalMove(bytes, 0, bytes.length)) {
            assertThat(malformed).isNull();
            assertThat(slow.kind).isEqualTo(EventKind.POINTER_MOVE);
            assertThat(new double[] {slow.number[NativeEventFields.T], slow.number[NativeEventFields.X],
                    slow.number[NativeEventFields.Y]}).containsExactly(canonical.moveT, canonical.moveX, canonical.moveY);
            assertThat(slow.state).containsExactly(NativeEventFields.NUMBER, NativeEventFields.STRING,
                    NativeEventFields.NUMBER, NativeEventFields.NUMBER, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        if (taken) {
            assertThat(malformed).as("Jackson refused a line the fast path took").isNull();
            assertThat(fast.sameAs(slow)).as("fast %s vs Jackson %s", fast, slow).isTrue();
        }
    }

    @Property(tries = 500)
    void fastPathTakesEveryLineTheWriterWritesWithPlainText(@ForAll("plainEvents") SessionLog log) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        NativeSessionWriter.writeTo(NativeTestSessions.info(), log, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        NativeFastLineParser fast = new NativeFastLineParser();
        NativeJacksonLineParser jackson = new NativeJacksonLineParser();
        NativeEventFields a = new NativeEventFields();
        NativeEventFields b = new NativeEventFields();

        for (int i = 1; i < lines.length; i++) {
            byte[] bytes = lines[i].getBytes(StandardCharsets.UTF_8);
            assertThat(fast.parse(bytes, 0, bytes.length, a)).as(lines[i]).isTrue();
            assertThat(jackson.parse(bytes, 0, bytes.length, b)).isNull();
            assertThat(a.sameAs(b)).isTrue();
        }
    }

    @Property(tries = 60)
    void readingAFileGivesTheSameSessionAndProblemsWithOrWithoutTheFastPath(
            @ForAll("fileBodies") List<String> body, @ForAll boolean microseconds) throws IOException {
        Path dir = Files.createTempDirectory("native-props");
        try {
            List<String> lines = new ArrayList<>();
            lines.add(microseconds ? NativeTestSessions.HEADER.replace("\"ms\"", "\"us\"") : NativeTestSessions.HEADER);
            lines.addAll(body);
            Path file = NativeTestSessions.writeLines(dir, "s.jsonl", lines.toArray(new String[0]));

            ReadResult fast = new NativeSessionReader(true).read(file, ImportOptions.defaults());
            ReadResult slow = new NativeSessionReader(false).read(file, ImportOptions.defaults());

            assertThat(fast.problems()).isEqualTo(slow.problems());
            assertThat(fast.sessions()).hasSameSizeAs(slow.sessions());
            SessionInfo info = slow.sessions().get(0).info();
            assertThat(fast.sessions().get(0).info()).isEqualTo(info);
            NativeTestSessions.assertSameLog(fast.sessions().get(0).log(), slow.sessions().get(0).log());
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<List<String>> fileBodies() {
        return Arbitraries.oneOf(lines(), canonicalLines()).list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> member = Combinators.combine(keys(), whitespace(), value(), whitespace())
                .as((k, w1, v, w2) -> k + w1 + ":" + w2 + v);
        Arbitrary<String> object = Combinators.combine(member.list().ofMaxSize(8), whitespace(), whitespace())
                .as((members, w1, w2) -> w1 + "{" + String.join(",", members) + "}" + w2);
        return Arbitraries.oneOf(object, object, object, canonicalLines(), mutated(object), mutated(canonicalLines()));
    }

    private Arbitrary<String> canonicalLines() {
        return Combinators.combine(Arbitraries.of(EventKind.values()), number(), number(), number(), plainString())
                .as((kind, t, x, y, s) -> switch (kind) {
                    case POINTER_MOVE -> "{\"t\":" + t + ",\"type\":\"pointer_move\",\"x\":" + x + ",\"y\":" + y + "}";
                    case BUTTON_DOWN, BUTTON_UP -> "{\"y\":" + y + ",\"type\":\"" + kind.wireName()
                            + "\",\"button\":\"" + s + "\",\"x\":" + x + ",\"t\":" + t + "}";
                    case WHEEL -> "{\"t\":" + t + ",\"type\":\"wheel\",\"x\":" + x + ",\"y\":" + y + ",\"dx\":" + y
                            + ",\"dy\":" + x + "}";
                    case KEY_DOWN, KEY_UP -> "{\"t\":" + t + ",\"type\":\"" + kind.wireName() + "\",\"code\":\"" + s
                            + "\",\"text\":\"" + s + "\"}";
                    case FOCUS -> "{\"type\":\"focus\",\"t\":" + t + ",\"app\":\"" + s + "\",\"title\":\"" + s + "\"}";
                    case FIELD -> "{\"t\":" + t + ",\"type\":\"field\",\"role\":\"" + s + "\",\"label\":\"" + s + "\"}";
                    case MARKER -> "{\"t\":" + t + ",\"type\":\"marker\",\"label\":\"" + s + "\"}";
                    case CLIPBOARD -> "{\"t\":" + t + ",\"type\":\"clipboard\",\"length\":" + x + ",\"text\":\"" + s
                            + "\"}";
                    case PAUSE, RESUME -> "{\"t\":" + t + ",\"type\":\"" + kind.wireName() + "\"}";
                });
    }

    /** Cuts, duplicates or swaps a character, as a crash or a bad disk would. */
    private Arbitrary<String> mutated(Arbitrary<String> lines) {
        return Combinators.combine(lines, Arbitraries.integers().between(0, 1000), Arbitraries.of(0, 1, 2, 3),
                Arbitraries.chars().with('"', '\\', '{', '}', ',', ':', ' ', '0', '-', '.', 'e', '\u00e9', '\u0001'))
                .as((line, at, op, c) -> {
                    if (line.isEmpty()) {
                        return line;
                    }
                    int i = at % line.length();
                    return switch (op) {
                        case 0 -> line.substring(0, i);
                        case 1 -> line.substring(0, i) + c + line.substring(i);
                        case 2 -> line.substring(0, i) + c + line.substring(i + 1);
                        default -> line.substring(0, i) + line.substring(i + 1);
                    };
                });
    }

    private Arbitrary<String> keys() {
        return Arbitraries.of(KEYS).map(k -> "\"" + k + "\"");
    }

    private Arbitrary<String> whitespace() {
        return Arbitraries.of("", "", "", " ", "\t", "  ", "\r");
    }

    private Arbitrary<String> value() {
        return Arbitraries.oneOf(number(), number(), quoted(), quoted(),
                Arbitraries.of(EventKind.values()).map(k -> "\"" + k.wireName() + "\""),
                Arbitraries.of("true", "false", "null", "{}", "[]", "[1,\"a\"]", "{\"k\":{\"n\":null}}", "nul", "tru"));
    }

    private Arbitrary<String> number() {
        Arbitrary<String> ints = Arbitraries.longs().between(-3_000_000_000L, 3_000_000_000L).map(String::valueOf);
        Arbitrary<String> small = Arbitraries.integers().between(-2000, 2000).map(String::valueOf);
        Arbitrary<String> huge = Arbitraries.strings().numeric().ofMinLength(17).ofMaxLength(30)
                .map(s -> s.charAt(0) == '0' ? "9" + s : s);
        Arbitrary<String> odd = Arbitraries.of("0", "-0", "007", "-01", "1.5", "-2.5", "1e3", "1E-2", "2.0", "-",
                "1.", ".5", "+1", "0x10", "1e400", "-1e400", "123456789012345678", "1234567890123456789",
                "-9223372036854775808", "9223372036854775807", "9223372036854775808", "NaN", "Infinity");
        return Arbitraries.oneOf(ints, small, small, huge, odd);
    }

    private Arbitrary<String> quoted() {
        return Arbitraries.oneOf(plainString(), plainString(), Arbitraries.of(
                "\\\"quoted\\\"", "back\\\\slash", "tab\\there", "\\u00e9t\\u00e9", "\\ud83d\\ude00", "\\ud800",
                "caf\u00e9", "\u65e5\u672c", "\ud83d\ude00", "bad\\escape", "\\u12", "ctrl\u0001char", "new\\nline"))
                .map(s -> "\"" + s + "\"");
    }

    private Arbitrary<String> plainString() {
        return Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMaxLength(24);
    }

    @Provide
    Arbitrary<SessionLog> plainEvents() {
        Arbitrary<String> text = Arbitraries.strings().withCharRange(' ', '~').excludeChars('"', '\\').ofMaxLength(12);
        Arbitrary<Integer> coord = Arbitraries.integers().between(-1_000_000, 1_000_000);
        Arbitrary<Tuple.Tuple4<EventKind, Integer, Integer, String>> event = Combinators.combine(
                Arbitraries.of(EventKind.values()), coord, coord, text).as(Tuple::of);
        return Combinators.combine(event.list().ofMaxSize(30), Arbitraries.integers().between(0, 5000).list()
                .ofSize(30)).as((events, gaps) -> {
                    SessionLogBuilder b = new SessionLogBuilder();
                    int t = 0;
                    for (int i = 0; i < events.size(); i++) {
                        t += gaps.get(i);
                        var e = events.get(i);
                        int x = e.get2();
                        int y = e.get3();
                        String s = e.get4();
                        switch (e.get1()) {
                            case POINTER_MOVE -> b.pointerMove(t, x, y);
                            case BUTTON_DOWN, BUTTON_UP -> b.button(t, e.get1() == EventKind.BUTTON_DOWN,
                                    PointerButton.ofIndex(Math.abs(x) % 6), x, y);
                            case WHEEL -> b.wheel(t, x, y, y, x);
                            case KEY_DOWN, KEY_UP -> b.key(t, e.get1() == EventKind.KEY_DOWN, s, x % 2 == 0 ? s : null);
                            case FOCUS -> b.focus(t, s, y % 2 == 0 ? s : null);
                            case FIELD -> b.field(t, FieldRole.ofIndex(Math.abs(x) % 11), s);
                            case MARKER -> b.marker(t, s);
                            case PAUSE -> b.pause(t);
                            case RESUME -> b.resume(t);
                        }
                    }
                    return b.build();
                });
    }
}
