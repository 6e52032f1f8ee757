package org.trailmark.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.MediaReference;
import org.trailmark.io.NativeSessionWriter;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;
import org.trailmark.io.agentnet.AgentNetImporter;
import org.trailmark.io.ducktrack.DuckTrackImporter;
import org.trailmark.io.rrweb.RrwebImporter;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SessionLogBuilder;

/**
 * Feeds mutated captures (DuckTrack, AgentNet, native, rrweb) (byte flips, truncation, shuffled, duplicated or deleted lines, inserted
 * garbage, deleted fields, swapped types, absurd numbers) through every importer and checks that
 * nothing escapes as an exception, every problem is located and explained, and every session read
 * has times that never decrease.
 */
class ImporterFuzzTest {

    private static final String EVENTS = """
            {"time_stamp": 150160.965, "action": "move", "x": 1175.42, "y": 50.42, "event_idx": 0}
            {"time_stamp": 150160.968, "action": "move", "x": 1175.42, "y": 50.19, "event_idx": 1}
            {"time_stamp": 150161.533, "action": "click", "x": 1319.11, "y": 65.06, "button": "left", "pressed": true, "event_idx": 2}
            {"time_stamp": 150161.597, "action": "click", "x": 1319.11, "y": 65.06, "button": "Button.left", "pressed": false, "event_idx": 3}
            {"time_stamp": 150162.266, "action": "press", "name": "shift", "pynput_key": "Key.shift", "event_idx": 4}
            {"time_stamp": 150162.301, "action": "press", "name": "w", "pynput_key": "'W'", "event_idx": 5}
            {"time_stamp": 150162.317, "action": "release", "name": "w", "event_idx": 6}
            {"time_stamp": 150162.330, "action": "release", "name": "Key.shift_l", "event_idx": 7}
            {"time_stamp": 150162.492, "action": "press", "name": null, "pynput_key": "<84>", "event_idx": 8}
            {"time_stamp": 150162.582, "action": "release", "name": "enter", "event_idx": 9}
            {"time_stamp": 150163.000, "action": "pause", "event_idx": 10}
            {"time_stamp": 150165.000, "action": "resume", "event_idx": 11}
            {"time_stamp": 150168.915, "action": "scroll", "x": 612.64, "y": 635.48, "dx": 0, "dy": -1, "event_idx": 12}
            {"time_stamp": 150169.100, "action": "move", "x": 600, "y": 640, "event_idx": 13}
            """;
    private static final String METADATA = """
            {"system": "Darwin", "node": "host.example", "screen_width": 1512, "screen_height": 982,
             "start_time": "2023-10-20 17:19:53", "scroll_direction": -1}
            """;
    private static final String METADATA_WITH_VIDEO = """
            {"system": "Windows", "node": "host.example", "screen_width": 1366, "screen_height": 768,
             "start_time": "2024-11-05 18:56:31", "video_start_timestamp": 150160.5,
             "obs_record_state_timings": {"OBS_WEBSOCKET_OUTPUT_STARTED": [150160.9],
              "OBS_WEBSOCKET_OUTPUT_PAUSED": [150163.0], "OBS_WEBSOCKET_OUTPUT_RESUMED": [150165.0],
              "OBS_WEBSOCKET_OUTPUT_STOPPING": [150170.0]}}
            """;
    private static final String TOP_WINDOW = """
            {"time_stamp": 150160.900, "top_window_name": "Finder"}
            {"time_stamp": 150162.000, "top_window_name": "Safari", "window_title": "Search"}
            """;
    private static final String TASK = "{\"task_name\": \"Look something up\", \"description\": \"In the browser\"}";

    /** A short rrweb recording: page load, snapshot with a form, moves, a click, typing, a scroll, a resize. */
    private static final String RRWEB = "[{\"type\":4,\"data\":{\"href\":\"https://shop.example.com/\",\"width\":1280,"
            + "\"height\":720},\"timestamp\":1700000000000},"
            + "{\"type\":2,\"data\":{\"node\":{\"type\":0,\"childNodes\":[{\"type\":2,\"tagName\":\"html\","
            + "\"attributes\":{},\"childNodes\":[{\"type\":2,\"tagName\":\"title\",\"attributes\":{},\"childNodes\":"
            + "[{\"type\":3,\"textContent\":\"Shop\",\"id\":4}],\"id\":3},{\"type\":2,\"tagName\":\"input\","
            + "\"attributes\":{\"type\":\"password\",\"name\":\"pw\"},\"childNodes\":[],\"id\":5}],\"id\":2}],"
            + "\"id\":1},\"initialOffset\":{\"left\":0,\"top\":0}},\"timestamp\":1700000000001},"
            + "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":10,\"y\":20,\"id\":5,\"timeOffset\":-300},"
            + "{\"x\":15,\"y\":25,\"id\":5,\"timeOffset\":0}]},\"timestamp\":1700000000500},"
            + "{\"type\":3,\"data\":{\"source\":2,\"type\":1,\"id\":5,\"x\":15,\"y\":25},\"timestamp\":1700000000600},"
            + "{\"type\":3,\"data\":{\"source\":2,\"type\":0,\"id\":5,\"x\":15,\"y\":25},\"timestamp\":1700000000680},"
            + "{\"type\":3,\"data\":{\"source\":2,\"type\":2,\"id\":5,\"x\":15,\"y\":25},\"timestamp\":1700000000680},"
            + "{\"type\":3,\"data\":{\"source\":2,\"type\":5,\"id\":5},\"timestamp\":1700000000700},"
            + "{\"type\":3,\"data\":{\"source\":5,\"text\":\"*\",\"isChecked\":false,\"id\":5},\"timestamp\":1700000000800},"
            + "{\"type\":3,\"data\":{\"source\":5,\"text\":\"**\",\"isChecked\":false,\"id\":5},\"timestamp\":1700000000900},"
            + "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":30,\"y\":40,\"id\":1,\"timeOffset\":-200},"
            + "{\"x\":35,\"y\":45,\"id\":1,\"timeOffset\":0}]},\"timestamp\":1700000001200},"
            + "{\"type\":3,\"data\":{\"source\":3,\"id\":1,\"x\":0,\"y\":250},\"timestamp\":1700000001300},"
            + "{\"type\":3,\"data\":{\"source\":4,\"width\":1024,\"height\":700},\"timestamp\":1700000001400},"
            + "{\"type\":3,\"data\":{\"source\":11,\"level\":\"log\"},\"timestamp\":1700000001500},"
            + "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":50,\"y\":60,\"id\":1,\"timeOffset\":-100},"
            + "{\"x\":55,\"y\":65,\"id\":1,\"timeOffset\":0}]},\"timestamp\":1700000001800},"
            + "{\"type\":3,\"data\":{\"source\":1,\"positions\":[{\"x\":70,\"y\":80,\"id\":1,\"timeOffset\":-100},"
            + "{\"x\":75,\"y\":85,\"id\":1,\"timeOffset\":0}]},\"timestamp\":1700000002200}]";
    private static final int RRWEB_MOVES = 8;

    private static final String[] GARBAGE = {"\u0000\u0001\u00ff", "{", "}", "\"", "NaN", "1e999", "-1e999",
        "99999999999999999999999", "[", "]", "\\", "\n", "\r\n", ",", "null", "true", "\uFEFF", "é", "{\"a\":}"};
    private static final String[] REPLACEMENTS = {"\"text\"", "null", "true", "[]", "{}", "1e308", "-1e308",
        "99999999999999999999", "-0.0", "1.5", "-7", "2147483648"};

    private static Path root;
    private static byte[] nativeSample;
    private static int counter;

    @BeforeContainer
    static void createWorkspace() throws IOException {
        root = Files.createTempDirectory("trailmark-fuzz");
        nativeSample = nativeSample(root.resolve("seed.jsonl"));
    }

    @AfterContainer
    static void deleteWorkspace() throws IOException {
        deleteTree(root);
    }

    /** One change to one input file. */
    record Mutation(int kind, int position, int length, int choice) {
    }

    @Property(tries = 700)
    void duckTrackRecordingsSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations,
                                             @ForAll("fileChoice") int target) throws IOException {
        Path folder = freshFolder();
        write(folder, "events.jsonl", target == 0 ? mutate(EVENTS, mutations) : EVENTS.getBytes(StandardCharsets.UTF_8));
        write(folder, "metadata.json", target == 1 ? mutate(METADATA, mutations) : METADATA.getBytes(StandardCharsets.UTF_8));

        checkEveryImporter(folder, new DuckTrackImporter());
        deleteTree(folder);
    }

    @Property(tries = 500)
    void agentNetEpisodesSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations,
                                          @ForAll("fileChoice") int target) throws IOException {
        Path folder = freshFolder();
        write(folder, "events.jsonl", target == 0 ? mutate(EVENTS, mutations) : EVENTS.getBytes(StandardCharsets.UTF_8));
        write(folder, "metadata.json", METADATA.getBytes(StandardCharsets.UTF_8));
        write(folder, "top_window.jsonl", target == 1 ? mutate(TOP_WINDOW, mutations) : TOP_WINDOW.getBytes(StandardCharsets.UTF_8));
        write(folder, "task_name.json", target == 2 ? mutate(TASK, mutations) : TASK.getBytes(StandardCharsets.UTF_8));

        checkEveryImporter(folder, new AgentNetImporter());
        deleteTree(folder);
    }

    @Property(tries = 300)
    void agentNetVideoTimingsSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path folder = freshFolder();
        write(folder, "events.jsonl", EVENTS.getBytes(StandardCharsets.UTF_8));
        write(folder, "metadata.json", mutate(METADATA_WITH_VIDEO, mutations));
        write(folder, "task_name.json", TASK.getBytes(StandardCharsets.UTF_8));
        write(folder, "episode.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});

        checkEveryImporter(folder, new AgentNetImporter());
        deleteTree(folder);
    }

    @Property(tries = 300)
    void nativeCapturesWithMediaSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path folder = freshFolder();
        Path file = folder.resolve("session.jsonl");
        String sample = new String(nativeSample, StandardCharsets.UTF_8);
        int headerEnd = sample.indexOf("}\n");
        String withMedia = sample.substring(0, headerEnd) + ",\"media\":[{\"kind\":\"video\",\"file\":\"v.mp4\","
                + "\"first_frame\":-500,\"pauses\":[{\"at\":600,\"resume\":900}],\"stop\":1000,"
                + "\"area\":{\"x\":0,\"y\":0,\"width\":1920,\"height\":1080}},{\"kind\":\"images\","
                + "\"stills\":[{\"t\":0,\"file\":\"shots/a.png\"},{\"t\":500,\"file\":\"shots/b.png\"}]}]"
                + sample.substring(headerEnd);
        Files.write(file, mutate(withMedia, mutations));

        checkEveryImporter(file, nativeImporter());
        deleteTree(folder);
    }

    @Property(tries = 300)
    void nativeCapturesSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path folder = freshFolder();
        Path file = folder.resolve("session.jsonl");
        Files.write(file, mutate(new String(nativeSample, StandardCharsets.UTF_8), mutations));

        checkEveryImporter(file, nativeImporter());
        deleteTree(folder);
    }

    @Property(tries = 400)
    void rrwebArraysSurviveAnyDamage(@ForAll("mutations") List<Mutation> mutations) throws IOException {
        Path folder = freshFolder();
        Path file = folder.resolve("recording.json");
        // Pretty-printed one event a line, so that line-wise damage (swaps, deletions) reaches events.
        Files.write(file, mutate(RRWEB.replace(",{\"type\"", ",\n{\"type\""), mutations));

        checkEveryImporter(file, new RrwebImporter());
        deleteTree(folder);
    }

    @Property(tries = 400)
    void rrwebJsonLinesSurviveAnyDamageAndKeepTheUndamagedLines(@ForAll("mutations") List<Mutation> mutations)
            throws IOException {
        Path folder = freshFolder();
        Path file = folder.resolve("recording.jsonl");
        String lines = RRWEB.substring(1, RRWEB.length() - 1).replace(",{\"type\"", "\n{\"type\"") + "\n";
        Files.write(file, mutate(lines, mutations));

        checkEveryImporter(file, new RrwebImporter());
        ReadResult result = new RrwebImporter().read(file, ImportOptions.defaults());
        // One mutation (other than a truncation) damages at most three lines, each with at most two
        // positions: the positions of every other line are kept.
        if (mutations.size() == 1 && mutations.get(0).kind() != 1) {
            assertThat(result.sessions()).hasSize(1);
            long moves = result.sessions().get(0).log().countsByKind()
                    .getOrDefault(org.trailmark.model.EventKind.POINTER_MOVE, 0L);
            assertThat(moves).isGreaterThanOrEqualTo(RRWEB_MOVES - 3L * 2);
        }
        deleteTree(folder);
    }

    private static SessionImporter nativeImporter() {
        return Importers.all().stream().filter(i -> i.formatName().equals("native")).findFirst()
                .orElseThrow(() -> new AssertionError("Importers.all() has no native importer"));
    }

    private static void checkEveryImporter(Path path, SessionImporter direct) {
        List<SessionImporter> importers = new ArrayList<>(Importers.all());
        importers.add(direct);
        for (SessionImporter importer : importers) {
            importer.accepts(path);
            check(importer.read(path, ImportOptions.defaults()));
        }
        check(Importers.read(path, ImportOptions.defaults()));
    }

    private static void check(ReadResult result) {
        assertThat(result).isNotNull();
        List<Problem> problems = new ArrayList<>(result.problems());
        for (ParsedSession session : result.sessions()) {
            problems.addAll(session.problems());
            SessionLog log = session.log();
            for (int i = 1; i < log.size(); i++) {
                assertThat(log.time(i)).isGreaterThanOrEqualTo(log.time(i - 1));
            }
            assertThat(session.info().id()).isNotBlank();
            for (MediaReference media : session.media()) {
                assertThat(media.displayFile()).isAbsolute();
                media.segments(60_000).forEach(segment -> assertThat(segment.durationMs()).isPositive());
            }
        }
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isNotNull();
            assertThat(p.reason()).isNotBlank();
            assertThat(p.line()).isNotNegative();
        });
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(
                Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 1_000_000),
                Arbitraries.integers().between(1, 40),
                Arbitraries.integers().between(0, 1_000)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Provide
    Arbitrary<Integer> fileChoice() {
        // Mostly the events file, where damage matters most.
        return Arbitraries.frequency(
                net.jqwik.api.Tuple.of(6, 0), net.jqwik.api.Tuple.of(2, 1), net.jqwik.api.Tuple.of(2, 2));
    }

    static byte[] mutate(String text, List<Mutation> mutations) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (Mutation m : mutations) {
            bytes = apply(bytes, m);
        }
        return bytes;
    }

    private static byte[] apply(byte[] bytes, Mutation m) {
        int at = bytes.length == 0 ? 0 : m.position() % bytes.length;
        String text = new String(bytes, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int line = lines.isEmpty() ? 0 : m.position() % lines.size();
        switch (m.kind()) {
            case 0 -> { // flip bits of one byte
                if (bytes.length > 0) {
                    bytes = bytes.clone();
                    bytes[at] ^= (byte) (1 << (m.choice() % 8));
                }
                return bytes;
            }
            case 1 -> { // truncate, as a crash mid-write does
                return Arrays.copyOf(bytes, at);
            }
            case 2 -> { // swap two lines
                int other = lines.isEmpty() ? 0 : m.choice() % lines.size();
                if (!lines.isEmpty()) {
                    String tmp = lines.get(line);
                    lines.set(line, lines.get(other));
                    lines.set(other, tmp);
                }
            }
            case 3 -> { // insert garbage
                String garbage = GARBAGE[m.choice() % GARBAGE.length];
                int offset = Math.min(text.length(), m.position() % (text.length() + 1));
                return (text.substring(0, offset) + garbage + text.substring(offset)).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> { // delete one field
                if (!lines.isEmpty()) {
                    lines.set(line, lines.get(line).replaceFirst("\"[a-z_]+\": [^,}]+,? ?", ""));
                }
            }
            case 5 -> { // swap a value's type or make a number absurd
                if (!lines.isEmpty()) {
                    String replacement = REPLACEMENTS[m.choice() % REPLACEMENTS.length];
                    String l = lines.get(line);
                    lines.set(line, m.length() % 2 == 0 ? l.replaceFirst("-?\\d+(\\.\\d+)?", replacement)
                            : l.replaceFirst("\"[A-Za-z.' ]*\"(?=[,}])", replacement));
                }
            }
            case 6 -> { // duplicate a line
                if (!lines.isEmpty()) {
                    lines.add(line, lines.get(line));
                }
            }
            case 7 -> { // delete lines
                for (int i = 0; i < m.length() % 3 + 1 && line < lines.size(); i++) {
                    lines.remove(line);
                }
            }
            case 8 -> { // overwrite a run of bytes with random ones
                bytes = bytes.clone();
                java.util.Random random = new java.util.Random(m.choice());
                for (int i = at; i < Math.min(bytes.length, at + m.length()); i++) {
                    bytes[i] = (byte) random.nextInt(256);
                }
                return bytes;
            }
            default -> { // time goes back: move a line to the end
                if (!lines.isEmpty()) {
                    lines.add(lines.remove(line));
                }
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] nativeSample(Path file) throws IOException {
        SessionLogBuilder log = new SessionLogBuilder();
        log.focus(0, "Terminal", "bash")
                .field(5, FieldRole.TERMINAL, null)
                .pointerMove(10, 100, 200)
                .button(40, true, PointerButton.LEFT, 100, 200)
                .button(90, false, PointerButton.LEFT, 100, 200)
                .key(200, true, "KeyL", "l")
                .key(260, false, "KeyL", null)
                .key(300, true, "Enter", null)
                .key(350, false, "Enter", null)
                .wheel(500, 100, 200, 0, -3)
                .pause(600)
                .resume(900)
                .marker(1000, "done");
        SessionInfo info = new SessionInfo("fuzz-seed", "subject-1", "native",
                OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
                List.of(new Screen(0, 0, 0, 1920, 1080, 1.0)), "trailmark-generator", "1", null, null);
        NativeSessionWriter.write(info, log.build(), file);
        return Files.readAllBytes(file);
    }

    private static synchronized Path freshFolder() throws IOException {
        return Files.createDirectory(root.resolve("case-" + counter++));
    }

    private static void write(Path folder, String name, byte[] content) throws IOException {
        Files.write(folder.resolve(name), content);
    }

    private static void deleteTree(Path path) throws IOException {
        if (path == null || !Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
