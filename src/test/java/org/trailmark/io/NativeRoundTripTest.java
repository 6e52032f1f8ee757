package org.trailmark.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

class NativeRoundTripTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"session.jsonl", "session.jsonl.gz"})
    void everyEventKindSurvivesWriteThenRead(String name) throws IOException {
        SessionInfo info = NativeTestSessions.info();
        SessionLog log = NativeTestSessions.everyKind();
        Path file = dir.resolve(name);

        NativeSessionWriter.write(info, log, file);
        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions()).hasSize(1);
        ParsedSession session = result.sessions().get(0);
        assertThat(session.info()).isEqualTo(info);
        assertThat(session.source()).isEqualTo(file);
        NativeTestSessions.assertSameLog(session.log(), log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.jsonl", "a.jsonl.gz"})
    void writingTheSameSessionTwiceGivesTheSameBytes(String name) throws IOException {
        Path first = dir.resolve("1-" + name);
        Path second = dir.resolve("2-" + name);
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), first);
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }

    @Test
    void gzipOutputIsStandardGzipWithoutATimeStamp() throws IOException {
        Path gz = dir.resolve("s.jsonl.gz");
        Path plain = dir.resolve("s.jsonl");
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), gz);
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), plain);

        byte[] bytes = Files.readAllBytes(gz);
        assertThat(bytes[4] | bytes[5] | bytes[6] | bytes[7]).as("mtime").isZero();
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(plain));
        }
    }

    @Test
    void writerUsesTheDocumentedKeyOrder() throws IOException {
        SessionInfo info = NativeTestSessions.info();
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Firefox", "Inbox - Mail").pointerMove(8, 100, 200)
                .button(9, true, org.trailmark.model.PointerButton.LEFT, 100, 200)
                .wheel(20, 100, 200, 0, -3).key(30, true, "KeyA", "a").key(95, false, "KeyA", null)
                .field(100, org.trailmark.model.FieldRole.PASSWORD, "Password").pause(200).resume(300)
                .marker(400, "start task");
        Path file = dir.resolve("order.jsonl");
        NativeSessionWriter.write(info, b.build(), file);

        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("{\"format\":\"trailmark-session\",\"version\":\"1.0\",\"session\":\"s-0001\","
                + "\"subject\":\"subj-ana\",\"start\":\"2026-03-02T09:14:00.000+01:00\",\"time_unit\":\"ms\","
                + "\"screens\":[{\"id\":0,\"x\":0,\"y\":0,\"width\":1920,\"height\":1080,\"scale\":1.0},"
                + "{\"id\":1,\"x\":1920,\"y\":-120,\"width\":2560,\"height\":1440,\"scale\":1.25}],"
                + "\"capture\":{\"tool\":\"trailmark-generate\",\"version\":\"0.1.0\"},"
                + "\"consent\":{\"policy\":\"acme-capture\",\"version\":\"3\",\"purposes\":[\"capture\",\"training\"],"
                + "\"granted\":\"2026-03-01T08:00:00Z\"},"
                + "\"task\":\"Reply to the \\\"quarterly\\\" mail\\nand archive it\"}");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "{\"t\":0,\"type\":\"focus\",\"app\":\"Firefox\",\"title\":\"Inbox - Mail\"}",
                "{\"t\":8,\"type\":\"pointer_move\",\"x\":100,\"y\":200}",
                "{\"t\":9,\"type\":\"button_down\",\"button\":\"left\",\"x\":100,\"y\":200}",
                "{\"t\":20,\"type\":\"wheel\",\"x\":100,\"y\":200,\"dx\":0,\"dy\":-3}",
                "{\"t\":30,\"type\":\"key_down\",\"code\":\"KeyA\",\"text\":\"a\"}",
                "{\"t\":95,\"type\":\"key_up\",\"code\":\"KeyA\"}",
                "{\"t\":100,\"type\":\"field\",\"role\":\"password\",\"label\":\"Password\"}",
                "{\"t\":200,\"type\":\"pause\"}",
                "{\"t\":300,\"type\":\"resume\"}",
                "{\"t\":400,\"type\":\"marker\",\"label\":\"start task\"}");
    }

    @Test
    void minimalHeaderWithoutOptionalPartsRoundTrips() throws IOException {
        SessionInfo info = new SessionInfo("s-2", "subj-bo", "native",
                OffsetDateTime.parse("2026-03-02T09:14:00.123456789Z"), List.of(new Screen(0, 0, 0, 800, 600, 2.0)),
                null, null, null, null);
        SessionLog log = new SessionLogBuilder().pointerMove(0, 1, 2).build();
        Path file = dir.resolve("min.jsonl");
        NativeSessionWriter.write(info, log, file);

        ParsedSession session = new NativeSessionReader().read(file, ImportOptions.defaults()).sessions().get(0);

        assertThat(session.info()).isEqualTo(info);
        NativeTestSessions.assertSameLog(session.log(), log);
    }

    @Test
    void emptyLogIsWrittenAsAHeaderAndReadBackWithAWarning() throws IOException {
        Path file = dir.resolve("empty-log.jsonl.gz");
        NativeSessionWriter.write(NativeTestSessions.info(), new SessionLogBuilder().build(), file);

        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        assertThat(result.sessions()).hasSize(1);
        assertThat(result.sessions().get(0).log().size()).isZero();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.reason()).contains("no events");
        });
    }

    @Test
    void writingReplacesAnOldFileAndLeavesNoPartFiles() throws IOException {
        Path file = dir.resolve("s.jsonl.gz");
        Files.writeString(file, "old content");
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), file);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        assertThat(new NativeSessionReader().read(file, ImportOptions.defaults()).sessions()).hasSize(1);
    }

    @Test
    void subjectOverrideReplacesTheCapturedSubject() throws IOException {
        Path file = dir.resolve("s.jsonl");
        NativeSessionWriter.write(NativeTestSessions.info(), NativeTestSessions.everyKind(), file);

        ReadResult result = new NativeSessionReader().read(file, new ImportOptions("subj-zoe"));

        assertThat(result.sessions().get(0).info().subject()).isEqualTo("subj-zoe");
    }

    @Test
    void longSessionAcrossManyBlocksRoundTrips() throws IOException {
        SessionLogBuilder b = new SessionLogBuilder();
        for (int i = 0; i < 120_000; i++) {
            b.pointerMove(i * 8, i % 1920, (i * 7) % 1080);
            if (i % 1000 == 0) {
                b.key(i * 8, true, "KeyA", i % 3000 == 0 ? "ä" : "a");
            }
        }
        SessionLog log = b.build();
        Path file = dir.resolve("long.jsonl.gz");
        NativeSessionWriter.write(NativeTestSessions.info(), log, file);

        ReadResult result = new NativeSessionReader().read(file, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        NativeTestSessions.assertSameLog(result.sessions().get(0).log(), log);
    }

    @Test
    void documentedExampleFileReads() throws IOException, java.net.URISyntaxException {
        Path example = Path.of(getClass().getResource("/native/example.jsonl").toURI());

        ReadResult result = new NativeSessionReader().read(example, ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(11);
        assertThat(log.apps()).containsExactly("Firefox");
        assertThat(result.sessions().get(0).info().suggestedInstruction()).isEqualTo("optional suggested instruction");
    }
}
