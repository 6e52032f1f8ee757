package org.trailmark.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

class CliTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
        JsonNode json() throws Exception {
            return MAPPER.readTree(out);
        }
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--workspace") && !all.isEmpty() && !all.get(0).equals("generate")
                && !all.get(0).equals("validate")) {
            all.add("--workspace");
            all.add(dir.resolve("ws.trailmark").toString());
        }
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private Path capture(String id, String subject) throws Exception {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Terminal", "bash");
        b.field(5, FieldRole.TERMINAL, null);
        b.pointerMove(8, 10, 10).pointerMove(16, 12, 11);
        b.button(20, true, PointerButton.LEFT, 12, 11).button(90, false, PointerButton.LEFT, 12, 11);
        b.wheel(120, 12, 11, 0, -3);
        b.key(200, true, "KeyL", "l").key(260, false, "KeyL", null);
        b.key(300, true, "KeyS", "s").key(350, false, "KeyS", null);
        b.pause(400).resume(900).marker(950, "end");
        SessionLog log = b.build();
        SessionInfo info = new SessionInfo(id, subject, "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        Path file = dir.resolve(id + ".jsonl.gz");
        NativeSessionWriter.write(info, log, file);
        return file;
    }

    private Path captureTypingAnEmail(String id) throws Exception {
        SessionLogBuilder b = new SessionLogBuilder();
        b.focus(0, "Mail", "Compose");
        b.field(5, FieldRole.TEXT, "To");
        int t = 100;
        for (char ch : "jane.doe@example.com".toCharArray()) {
            String code = Character.isLetter(ch) ? "Key" + Character.toUpperCase(ch) : ch == '@' ? "Digit2" : "Period";
            b.key(t, true, code, String.valueOf(ch)).key(t + 30, false, code, null);
            t += 100;
        }
        b.key(t, true, "Enter", "\n").key(t + 30, false, "Enter", null);
        SessionInfo info = new SessionInfo(id, "subj-a", "native", OffsetDateTime.parse("2026-03-02T09:14:00+01:00"),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "test", "1", null, null);
        Path file = dir.resolve(id + ".jsonl.gz");
        NativeSessionWriter.write(info, b.build(), file);
        return file;
    }

    @Test
    void importScansNewSessionsAndKeepsFindingsAsSuggestions() throws Exception {
        Run run = run("import", captureTypingAnEmail("s-mail").toString(), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.json().get(0).get("suggested_flags").asInt()).isEqualTo(1);
        Run flags = run("flags", "s-mail", "--json");
        assertThat(flags.json()).singleElement().satisfies(f -> {
            assertThat(f.get("source").asText()).isEqualTo("detector");
            assertThat(f.get("status").asText()).isEqualTo("suggested");
        });
        assertThat(run.out() + flags.out()).doesNotContain("jane.doe@example.com");
    }

    @Test
    void importWithNoScanLeavesDetectionForLater() throws Exception {
        Run run = run("import", captureTypingAnEmail("s-mail").toString(), "--no-scan");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).doesNotContain("Sensitive-data scan");
        assertThat(run("flags", "s-mail", "--json").json()).isEmpty();
    }

    @Test
    void importJsonListsEachSessionWithItsEventCount() throws Exception {
        Path file = capture("s-one", "subj-a");

        Run run = run("import", file.toString(), "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode first = run.json().get(0);
        assertThat(first.get("id").asText()).isEqualTo("s-one");
        assertThat(first.get("format").asText()).isEqualTo("native");
        assertThat(first.get("events").asLong()).isEqualTo(14);
        assertThat(first.get("warnings")).isEmpty();
    }

    @Test
    void infoJsonCountsEveryEventKindByName() throws Exception {
        run("import", capture("s-two", "subj-a").toString());

        Run run = run("info", "s-two", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode info = run.json();
        assertThat(info.get("subject").asText()).isEqualTo("subj-a");
        assertThat(info.get("events").asLong()).isEqualTo(14);
        assertThat(info.get("duration_ms").asLong()).isEqualTo(950);
        JsonNode counts = info.get("counts");
        assertThat(counts.get("pointer_move").asLong()).isEqualTo(2);
        assertThat(counts.get("button_down").asLong()).isEqualTo(1);
        assertThat(counts.get("button_up").asLong()).isEqualTo(1);
        assertThat(counts.get("wheel").asLong()).isEqualTo(1);
        assertThat(counts.get("key_down").asLong()).isEqualTo(2);
        assertThat(counts.get("key_up").asLong()).isEqualTo(2);
        assertThat(counts.get("focus").asLong()).isEqualTo(1);
        assertThat(counts.get("field").asLong()).isEqualTo(1);
        assertThat(counts.get("pause").asLong()).isEqualTo(1);
        assertThat(counts.get("resume").asLong()).isEqualTo(1);
        assertThat(counts.get("marker").asLong()).isEqualTo(1);
    }

    @Test
    void reimportingTellsTheSessionIsAlreadyThereAndAddsNothing() throws Exception {
        Path file = capture("s-three", "subj-a");
        run("import", file.toString());

        Run again = run("import", file.toString());
        Run list = run("sessions", "--json");

        assertThat(again.out()).contains("already in workspace");
        assertThat(list.json()).hasSize(1);
    }

    @Test
    void subjectOptionReplacesTheCapturesSubjectAndFiltersTheList() throws Exception {
        run("import", capture("s-four", "subj-a").toString(), "--subject", "subj-z");
        run("import", capture("s-five", "subj-b").toString());

        Run onlyZ = run("sessions", "--subject", "subj-z", "--json");

        assertThat(onlyZ.json()).hasSize(1);
        assertThat(onlyZ.json().get(0).get("id").asText()).isEqualTo("s-four");
    }

    @Test
    void garbageImportsNothingAndExitsTwoNamingFileAndLine() throws Exception {
        Path garbage = dir.resolve("broken.jsonl");
        Files.writeString(garbage, "this is not json\n\u0000\u0001\u0002\n", StandardCharsets.ISO_8859_1);

        Run run = run("import", garbage.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).contains("broken.jsonl");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void truncatedLastLineImportsThePrefixWithExitOne() throws Exception {
        Path file = capture("s-six", "subj-a");
        Path plain = dir.resolve("s-six-cut.jsonl");
        byte[] all;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            all = in.readAllBytes();
        }
        Files.write(plain, java.util.Arrays.copyOf(all, all.length - 10));

        Run run = run("import", plain.toString(), "--json");

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        JsonNode session = run.json().get(0);
        assertThat(session.get("events").asLong()).isEqualTo(13);
        assertThat(session.get("warnings")).hasSize(1);
        assertThat(session.get("warnings").get(0).get("line").asLong()).isEqualTo(15);
    }

    @Test
    void unknownSessionIsOnePlainErrorLine() {
        assertThat(run("workspace", "init").code()).isZero();
        Run run = run("info", "nope");

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("trailmark: error: no session 'nope'").doesNotContain("\n");
    }

    @Test
    void validateReportsProblemsAndWritesNoWorkspace() throws Exception {
        Path file = capture("s-seven", "subj-a");

        Run run = run("validate", file.toString());

        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("1 session readable, 0 problems");
        assertThat(dir.resolve("ws.trailmark")).doesNotExist();
    }

    @Test
    void generateTheSameSeedTwiceGivesIdenticalBytes() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertThat(run("generate", "--out", a.toString(), "--events", "5000", "--seed", "7").code()).isZero();
        assertThat(run("generate", "--out", b.toString(), "--events", "5000", "--seed", "7").code()).isZero();

        List<Path> filesA;
        try (var s = Files.list(a)) {
            filesA = s.sorted().toList();
        }
        assertThat(filesA).hasSize(1);
        Path fileB = b.resolve(filesA.get(0).getFileName());
        assertThat(Files.readAllBytes(filesA.get(0))).isEqualTo(Files.readAllBytes(fileB));
    }

    @Test
    void noCommandPrintsUsage() {
        Run run = run("--help");

        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("import", "sessions", "info", "validate", "generate", "bench");
    }

    @Test
    void everySubcommandExplainsItselfWithHelp() {
        for (String command : List.of("import", "sessions", "info", "validate", "generate", "bench", "tasks", "audit")) {
            Run run = run(command, "--help");

            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage: trailmark " + command);
        }
    }
}
