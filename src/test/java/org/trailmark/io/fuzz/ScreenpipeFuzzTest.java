package org.trailmark.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.screenpipe.ScreenpipeImporter;
import org.trailmark.io.screenpipe.ScreenpipeTestDatabase;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * screenpipe databases with damaged rows mixed among good ones (wrong types in every column, NULLs,
 * absurd numbers, time stamps that are no dates, unknown event types) and with damaged bytes: the
 * importer never throws, places every problem, keeps times in order, and keeps every good row.
 */
class ScreenpipeFuzzTest {
    private static final int GOOD_MOVES = 20;
    private static final List<String> COLUMNS = List.of("timestamp", "event_type", "session_id", "x", "y", "delta_x",
            "delta_y", "button", "click_count", "key_code", "modifiers", "text_content", "text_length", "app_name",
            "window_title", "browser_url", "machine_id");
    private static final List<Object> ODD_VALUES = List.of("", "text", "1e999", "NaN", -1, 0, 1, 2, 3, 7, 1_000_000,
            Integer.MAX_VALUE, Long.MAX_VALUE, Long.MIN_VALUE, 1.5, -0.0, 1e308, new byte[] {0, 1, 2},
            "2025-03-04T09:00:05+00:00", "2025-03-04 09:00:06", "2025-13-45T99:99:99Z", "9999-12-31T23:59:59Z",
            "0000-01-01 00:00:00", "click", "move", "key", "text", "scroll", "clipboard", "app_switch",
            "window_focus", "drag", "\u0000", "😀", "a.exe");

    private static Path root;
    private static int counter;

    @BeforeContainer
    static void createRoot() throws IOException {
        root = Files.createTempDirectory("trailmark-screenpipe-fuzz");
    }

    @AfterContainer
    static void deleteRoot() throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** One damaged row: column index → value index, with the row's place among the good ones. */
    record BadRow(int afterGood, Map<Integer, Integer> values) {
    }

    @Property(tries = 150)
    void damagedRowsNeverCostTheGoodOnes(@ForAll("badRows") List<BadRow> bad) throws Exception {
        Path file = root.resolve("db-" + (counter++) + ".sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            for (int i = 0; i < GOOD_MOVES; i++) {
                db.row(String.format("2025-03-04T09:00:%02d.000+00:00", i), "move", "x", 5000 + i, "y", 7000 + i);
                for (BadRow row : bad) {
                    if (row.afterGood() == i) {
                        insert(db, row);
                    }
                }
            }
        }

        for (boolean keep : new boolean[] {false, true}) {
            ReadResult result = new ScreenpipeImporter().read(file, ImportOptions.defaults().withKeepClipboard(keep));
            check(result);
            List<Integer> goodXs = new ArrayList<>();
            for (ParsedSession s : result.sessions()) {
                SessionLog log = s.log();
                for (int i = 0; i < log.size(); i++) {
                    if (log.kind(i) == EventKind.POINTER_MOVE && log.x(i) >= 5000 && log.x(i) < 5000 + GOOD_MOVES
                            && log.y(i) == log.x(i) + 2000) {
                        goodXs.add(log.x(i));
                    }
                }
            }
            assertThat(goodXs).as("every good move row survives").containsAll(
                    java.util.stream.IntStream.range(5000, 5000 + GOOD_MOVES).boxed().toList());
        }
    }

    @Property(tries = 100)
    void damagedBytesNeverThrow(@ForAll("positions") List<Integer> positions) throws Exception {
        Path file = root.resolve("bytes-" + (counter++) + ".sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            for (int i = 0; i < GOOD_MOVES; i++) {
                db.row(String.format("2025-03-04T09:00:%02d+00:00", i), i % 2 == 0 ? "move" : "clipboard", "x", i,
                        "y", i, "text_content", "copied " + i);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int p : positions) {
            int at = p % bytes.length;
            bytes[at] ^= (byte) (1 + p % 255);
        }
        Files.write(file, bytes);

        ScreenpipeImporter importer = new ScreenpipeImporter();
        importer.accepts(file);
        check(importer.read(file, ImportOptions.defaults()));
    }

    private static void insert(ScreenpipeTestDatabase db, BadRow row) throws Exception {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("timestamp", "2025-03-04T09:00:00+00:00");
        values.put("event_type", "move");
        values.put("relative_ms", 0);
        row.values().forEach((column, value) -> values.put(COLUMNS.get(column), ODD_VALUES.get(value)));
        if (values.get("timestamp") == null || values.get("event_type") == null) {
            return;
        }
        db.insert(values);
    }

    private static void check(ReadResult result) {
        List<Problem> problems = new ArrayList<>(result.problems());
        for (ParsedSession session : result.sessions()) {
            problems.addAll(session.problems());
            SessionLog log = session.log();
            for (int i = 1; i < log.size(); i++) {
                assertThat(log.time(i)).isGreaterThanOrEqualTo(log.time(i - 1));
            }
            for (int i = 0; i < log.size(); i++) {
                if (log.kind(i) == EventKind.CLIPBOARD) {
                    assertThat(log.a(i)).isNotNegative();
                }
            }
        }
        assertThat(problems).allSatisfy(p -> {
            assertThat(p.file()).isNotNull();
            assertThat(p.reason()).isNotBlank();
            assertThat(p.line()).isNotNegative();
        });
    }

    @Provide
    Arbitrary<List<BadRow>> badRows() {
        Arbitrary<Map<Integer, Integer>> values = Arbitraries.maps(
                Arbitraries.integers().between(0, COLUMNS.size() - 1),
                Arbitraries.integers().between(0, ODD_VALUES.size() - 1)).ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(Arbitraries.integers().between(0, GOOD_MOVES - 1), values).as(BadRow::new)
                .list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> positions() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE - 1).list().ofMinSize(1).ofMaxSize(8);
    }
}
