package org.trailmark.io.ducktrack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.DuckTrackWriter;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;
import org.trailmark.model.SubjectIds;

class DuckTrackImporterTest {

    private static final String METADATA = """
            {"system": "Darwin", "node": "alice-laptop.example.org", "screen_width": 1440, "screen_height": 900,
             "start_time": "2024-03-01 09:30:00"}""";

    private final DuckTrackImporter importer = new DuckTrackImporter();

    @TempDir
    Path dir;

    static Path example() throws URISyntaxException {
        return Path.of(DuckTrackImporterTest.class.getResource("/ducktrack/example/events.jsonl").toURI()).getParent();
    }

    @Test
    void realRecordingImportsEveryEvent() throws Exception {
        ReadResult result = importer.read(example(), ImportOptions.defaults());

        assertThat(result.problems()).isEmpty();
        assertThat(result.sessions()).hasSize(1);
        SessionLog log = result.sessions().get(0).log();
        assertThat(log.size()).isEqualTo(13_401);
        Map<EventKind, Long> counts = log.countsByKind();
        assertThat(counts.get(EventKind.POINTER_MOVE)).isEqualTo(13_163);
        assertThat(counts.get(EventKind.WHEEL)).isEqualTo(140);
        assertThat(counts.get(EventKind.BUTTON_DOWN)).isEqualTo(22);
        assertThat(counts.get(EventKind.BUTTON_UP)).isEqualTo(22);
        assertThat(counts.get(EventKind.KEY_DOWN)).isEqualTo(27);
        assertThat(counts.get(EventKind.KEY_UP)).isEqualTo(27);
        assertThat(log.time(0)).isZero();
        assertThat(log.durationMs()).isBetween(32_000L, 33_000L);
    }

    @Test
    void realRecordingTypesTheTextItsKeysSpell() throws Exception {
        SessionLog log = importer.read(example(), ImportOptions.defaults()).sessions().get(0).log();

        assertThat(typedText(log)).isEqualTo("wikipedia⏎transformer model");
    }

    @Test
    void realRecordingKeepsScreenStartAndAPseudonymousSubject() throws Exception {
        SessionInfo info = importer.read(example(), ImportOptions.defaults()).sessions().get(0).info();

        assertThat(info.sourceFormat()).isEqualTo("ducktrack");
        assertThat(info.captureTool()).isEqualTo("DuckTrack");
        assertThat(info.id()).matches("ducktrack-[0-9a-f]{16}");
        assertThat(info.subject()).matches("host-[0-9a-f]{8}").doesNotContain("gatech");
        assertThat(info.screens()).containsExactly(new Screen(0, 0, 0, 1512, 982, 1.0));
        assertThat(info.start().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2023, 10, 20, 17, 19, 53));
    }

    @Test
    void reimportingTheSameRecordingGivesTheSameId() throws Exception {
        String first = importer.read(example(), ImportOptions.defaults()).sessions().get(0).info().id();
        String second = importer.read(example().resolve("events.jsonl"), ImportOptions.defaults()).sessions().get(0).info().id();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void subjectOverrideWins() throws Exception {
        SessionInfo info = importer.read(example(), new ImportOptions("subject-7")).sessions().get(0).info();

        assertThat(info.subject()).isEqualTo("subject-7");
    }

    @Test
    void acceptsTheFolderOrItsEventsFileButNotAnAgentNetFolder() throws Exception {
        assertThat(importer.accepts(example())).isTrue();
        assertThat(importer.accepts(example().resolve("events.jsonl"))).isTrue();
        assertThat(importer.accepts(example().resolve("metadata.json"))).isFalse();
        assertThat(importer.accepts(dir)).isFalse();

        recording("{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": 1, \"y\": 2}\n");
        assertThat(importer.accepts(dir)).isTrue();
        Files.writeString(dir.resolve("top_window.jsonl"), "");
        assertThat(importer.accepts(dir)).isFalse();
    }

    @Test
    void malformedLinesAreSkippedWithTheirLineNumberAndTheRestKept() throws IOException {
        ReadResult result = read("""
                {"time_stamp": 1.0, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1.1, "action": "move", "x": 1,
                {"time_stamp": 1.2, "action": "move", "x": "left", "y": 2}
                {"time_stamp": 1.3, "action": "move", "y": 2}
                {"time_stamp": "soon", "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1.4, "action": "click", "x": 1, "y": 2, "button": "left"}
                {"time_stamp": 1.5, "action": "click", "x": 1, "y": 2, "button": "left", "pressed": "yes"}
                [1, 2, 3]
                {"time_stamp": 1.6, "action": "teleport", "x": 1, "y": 2}
                {"time_stamp": 1.7, "action": "move", "x": 3, "y": 4}
                """);

        assertThat(lines(result)).containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(result.problems()).allMatch(p -> !p.isError());
        assertThat(reasonOn(result, 9)).contains("unknown action \"teleport\"");
        SessionLog log = only(result).log();
        assertThat(log.size()).isEqualTo(2);
        assertThat(log.time(1)).isEqualTo(700);
    }

    @Test
    void truncatedLastLineIsReportedAndTheEventsBeforeItKept() throws IOException {
        ReadResult result = read("""
                {"time_stamp": 1.0, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1.1, "action": "press", "name": "a"}
                {"time_stamp": 1.2, "action": "rele""");

        assertThat(only(result).log().size()).isEqualTo(2);
        assertThat(reasonOn(result, 3)).contains("cut off");
    }

    @Test
    void timeGoingBackIsSkippedButSmallThreadReorderingIsRepaired() throws IOException {
        ReadResult result = read("""
                {"time_stamp": 10.000, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 10.100, "action": "press", "name": "a"}
                {"time_stamp": 10.090, "action": "move", "x": 2, "y": 2}
                {"time_stamp": 5.000, "action": "release", "name": "a"}
                {"time_stamp": 10.200, "action": "release", "name": "a"}
                """);

        SessionLog log = only(result).log();
        assertThat(log.size()).isEqualTo(4);
        assertThat(log.time(2)).isEqualTo(100);
        assertThat(log.time(3)).isEqualTo(200);
        assertThat(reasonOn(result, 4)).contains("goes back");
        assertThat(result.problems()).anyMatch(p -> p.line() == 0 && p.reason().contains("out of order"));
    }

    @Test
    void nanAndHugeNumbersAreRejectedPerLine() throws IOException {
        ReadResult result = read("""
                {"time_stamp": 1.0, "action": "move", "x": 1, "y": 2}
                {"time_stamp": NaN, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1e400, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1.2, "action": "move", "x": 1e300, "y": 2}
                {"time_stamp": 1.3, "action": "scroll", "x": 1, "y": 2, "dx": 0, "dy": 99999999999999999999}
                {"time_stamp": 99999999.0, "action": "move", "x": 1, "y": 2}
                {"time_stamp": 1.4, "action": "move", "x": 5, "y": 6}
                """);

        assertThat(lines(result)).containsExactly(2L, 3L, 4L, 5L, 6L);
        assertThat(only(result).log().size()).isEqualTo(2);
    }

    @Test
    void emptyFileImportsNothingWithAnError() throws IOException {
        ReadResult result = read("");

        assertThat(result.sessions()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
        assertThat(result.problems()).anyMatch(p -> p.isError() && p.reason().contains("empty"));
    }

    @Test
    void binaryGarbageImportsNothingAndDoesNotThrow() throws IOException {
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(dir.resolve("events.jsonl"), garbage);
        Files.writeString(dir.resolve("metadata.json"), METADATA);

        ReadResult result = importer.read(dir, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void missingOrBrokenMetadataWarnsAndStillImports() throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), "{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": 1, \"y\": 2}\n");

        ReadResult missing = importer.read(dir, ImportOptions.defaults());
        Files.writeString(dir.resolve("metadata.json"), "{\"start_time\": 17, \"screen_width\": \"wide\"");
        ReadResult broken = importer.read(dir, ImportOptions.defaults());

        for (ReadResult result : List.of(missing, broken)) {
            assertThat(result.sessions()).hasSize(1);
            assertThat(result.hasErrors()).isFalse();
            assertThat(result.problems()).isNotEmpty();
            SessionInfo info = only(result).info();
            assertThat(SubjectIds.isUnassigned(info.subject())).isTrue();
            assertThat(info.subject()).isEqualTo(SubjectIds.unassignedFor(info.id()));
            assertThat(info.screens()).isEmpty();
        }
    }

    @Test
    void recordingsWithoutAHostEachGetTheirOwnUnassignedSubjectStableOnReimport() throws Exception {
        Path first = HostlessRecordings.copy(dir.resolve("first"), 0);
        Path second = HostlessRecordings.copy(dir.resolve("second"), 1);

        SessionInfo a = only(importer.read(first, ImportOptions.defaults())).info();
        SessionInfo b = only(importer.read(second, ImportOptions.defaults())).info();
        SessionInfo aAgain = only(importer.read(first, ImportOptions.defaults())).info();

        assertThat(a.id()).isNotEqualTo(b.id());
        assertThat(SubjectIds.isUnassigned(a.subject())).isTrue();
        assertThat(SubjectIds.isUnassigned(b.subject())).isTrue();
        assertThat(a.subject()).isNotEqualTo(b.subject());
        assertThat(aAgain.subject()).isEqualTo(a.subject());
    }

    @Test
    void aRecordingWithAHostKeepsItsHostPseudonym() throws Exception {
        SessionInfo info = only(importer.read(example(), ImportOptions.defaults())).info();

        assertThat(info.subject()).startsWith("host-");
        assertThat(SubjectIds.isUnassigned(info.subject())).isFalse();
    }

    @Test
    void problemReasonsNeverContainTypedKeysOrTheHostName() throws IOException {
        ReadResult result = read("""
                {"time_stamp": 1.0, "action": "press", "name": "hunter2"}
                {"time_stamp": 1.1, "action": "press", "name": "'swordfish'"}
                {"time_stamp": 1.2, "action": "press"}
                {"time_stamp": 1.3, "action": "release", "name": "p", "extra": "x
                """);

        assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.reason())
                .doesNotContain("hunter2").doesNotContain("swordfish").doesNotContain("alice-laptop"));
    }

    @Test
    void manyBadLinesAreSummarisedInsteadOfListedOneByOne() throws IOException {
        StringBuilder text = new StringBuilder("{\"time_stamp\": 1.0, \"action\": \"move\", \"x\": 1, \"y\": 2}\n");
        for (int i = 0; i < 120; i++) {
            text.append("not json\n");
        }

        ReadResult result = read(text.toString());

        assertThat(result.problems()).hasSize(ProblemSink.LINE_WARNINGS_SHOWN + 1);
        assertThat(result.problems().get(ProblemSink.LINE_WARNINGS_SHOWN).reason()).startsWith("70 more lines");
    }

    @Test
    void writtenRecordingReadsBackEventForEvent() throws IOException {
        SessionLogBuilder builder = new SessionLogBuilder();
        builder.pointerMove(0, 10, 20)
                .focus(5, "Terminal", "a title")
                .button(40, true, PointerButton.LEFT, 11, 21)
                .button(95, false, PointerButton.LEFT, 11, 21)
                .wheel(120, 11, 21, 0, -2)
                .key(300, true, "ShiftLeft", null)
                .key(340, true, "KeyH", "H")
                .key(390, false, "KeyH", null)
                .key(400, false, "ShiftLeft", null)
                .key(450, true, "Space", " ")
                .key(470, false, "Space", null)
                .key(500, true, "ControlLeft", null)
                .key(520, true, "KeyC", null)
                .key(560, false, "KeyC", null)
                .key(580, false, "ControlLeft", null)
                .key(600, true, "Enter", null)
                .key(640, false, "Enter", null)
                .pause(1000)
                .resume(5000)
                .button(5100, true, PointerButton.RIGHT, 300, 200)
                .button(5150, false, PointerButton.RIGHT, 300, 200);
        SessionLog original = builder.build();
        SessionInfo info = new SessionInfo("s1", "subject-1", "native",
                OffsetDateTime.of(2024, 5, 6, 7, 8, 9, 0, ZoneId.systemDefault().getRules().getOffset(LocalDateTime.of(2024, 5, 6, 7, 8, 9))),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "generator", "1", null, null);

        DuckTrackWriter.write(info, original, dir);
        ReadResult result = importer.read(dir, new ImportOptions("subject-1"));

        assertThat(result.problems()).isEmpty();
        SessionLog read = only(result).log();
        assertThat(describe(read)).isEqualTo(describe(original).stream().filter(e -> !e.startsWith("focus")).toList());
        assertThat(only(result).info().screens()).isEqualTo(info.screens());
        assertThat(only(result).info().start().toInstant()).isEqualTo(info.start().toInstant());
    }

    private ReadResult read(String events) throws IOException {
        recording(events);
        return importer.read(dir, ImportOptions.defaults());
    }

    private void recording(String events) throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), events, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("metadata.json"), METADATA);
    }

    private static ParsedSession only(ReadResult result) {
        assertThat(result.sessions()).hasSize(1);
        return result.sessions().get(0);
    }

    private static List<Long> lines(ReadResult result) {
        return result.problems().stream().filter(p -> p.line() > 0).map(Problem::line).toList();
    }

    private static String reasonOn(ReadResult result, long line) {
        return result.problems().stream().filter(p -> p.line() == line).map(Problem::reason).findFirst().orElse("");
    }

    static String typedText(SessionLog log) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.KEY_DOWN) {
                String typed = log.string(log.b(i));
                if (typed != null) {
                    text.append(typed);
                } else if ("Enter".equals(log.string(log.a(i)))) {
                    text.append('⏎');
                }
            }
        }
        return text.toString();
    }

    static List<String> describe(SessionLog log) {
        List<String> events = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            String detail = kind.isKey() ? log.string(log.a(i)) + "/" + log.string(log.b(i))
                    : kind == EventKind.FOCUS ? log.string(log.a(i))
                    : log.x(i) + "," + log.y(i) + "," + log.a(i) + "," + log.b(i);
            events.add(kind.wireName() + "@" + log.time(i) + " " + detail);
        }
        return events;
    }
}
