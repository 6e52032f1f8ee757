package org.trailmark.io.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.openadapt.OpenAdaptImporter;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/**
 * Damages OpenAdapt databases, in their values (any column of any row set to NULL, text, a blob, an
 * infinite or absurd number; rows deleted or duplicated) and in their bytes, and checks that the
 * import never throws, places every problem, keeps times in order and keeps every row it was not
 * given a reason to drop.
 */
class OpenAdaptFuzzTest {
    private static final double START = 1_700_000_000.5;
    private static final int MOVES = 40;
    private static final String[] COLUMNS = {"name", "timestamp", "mouse_x", "mouse_y", "mouse_dx", "mouse_dy",
        "mouse_button_name", "mouse_pressed", "key_name", "key_char", "key_vk", "recording_id", "recording_timestamp"};
    private static final String[] VALUES = {"NULL", "'gar bage!'", "X'00FF'", "9e999", "-9e999", "1e300", "-1",
        "0", "''", "'move'", "'press'", "'click'", "'type'", "'<99999999999>'", "'Key.nope'", "2", "1e12"};

    /** One change to one row: which row, which column, which value; or the row deleted or copied. */
    record Damage(int row, int column, int value, int kind) {
        String sql() {
            return switch (kind) {
                case 0 -> "DELETE FROM action_event WHERE id = " + row;
                case 1 -> "INSERT INTO action_event (name, timestamp, recording_timestamp, recording_id, mouse_x, mouse_y)"
                        + " SELECT name, timestamp, recording_timestamp, recording_id, mouse_x, mouse_y"
                        + " FROM action_event WHERE id = " + row;
                case 2 -> "UPDATE window_event SET title = " + VALUES[value] + " WHERE id = 1";
                default -> "UPDATE action_event SET " + COLUMNS[column] + " = " + VALUES[value] + " WHERE id = " + row;
            };
        }
    }

    @Provide
    Arbitrary<List<Damage>> damages() {
        return Combinators.combine(Arbitraries.integers().between(1, MOVES + 6),
                Arbitraries.integers().between(0, COLUMNS.length - 1), Arbitraries.integers().between(0, VALUES.length - 1),
                Arbitraries.integers().between(0, 6)).as(Damage::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 100)
    void damagedValuesNeverThrowAndCostOnlyTheirRows(@ForAll("damages") List<Damage> damages) throws Exception {
        Path folder = Files.createTempDirectory("openadapt-fuzz");
        try {
            Path file = base(folder);
            Set<Long> touched = new TreeSet<>();
            try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.reopen(file)) {
                db.execute("PRAGMA synchronous = OFF");
                for (Damage damage : damages) {
                    db.execute(damage.sql());
                    touched.add((long) damage.row());
                }
            }

            ReadResult result = new OpenAdaptImporter().read(file, ImportOptions.defaults());

            check(result);
            long untouchedMoves = MOVES - touched.stream().filter(r -> r <= MOVES).count();
            long moves = result.sessions().stream().mapToLong(s -> s.log().countsByKind()
                    .getOrDefault(EventKind.POINTER_MOVE, 0L)).sum();
            assertThat(moves).as("every untouched move row is kept").isGreaterThanOrEqualTo(untouchedMoves);
            check(Importers.read(folder, ImportOptions.defaults()));
        } finally {
            delete(folder);
        }
    }

    @Provide
    Arbitrary<List<int[]>> byteFlips() {
        return Combinators.combine(Arbitraries.integers().between(0, 40_000), Arbitraries.integers().between(1, 255))
                .as((at, xor) -> new int[] {at, xor}).list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 100)
    void damagedBytesNeverThrow(@ForAll("byteFlips") List<int[]> flips) throws Exception {
        Path folder = Files.createTempDirectory("openadapt-fuzz");
        try {
            Path file = base(folder);
            byte[] bytes = Files.readAllBytes(file);
            for (int[] flip : flips) {
                int at = flip[0] % bytes.length;
                bytes[at] = (byte) (bytes[at] ^ flip[1]);
            }
            Files.write(file, bytes);

            OpenAdaptImporter importer = new OpenAdaptImporter();
            importer.accepts(file);
            ReadResult result = importer.read(file, ImportOptions.defaults());

            check(result);
            if (result.sessions().isEmpty()) {
                assertThat(result.problems()).anyMatch(Problem::isError);
            }
        } finally {
            delete(folder);
        }
    }

    private static Path base(Path folder) throws SQLException {
        Path file = folder.resolve("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            db.execute("PRAGMA synchronous = OFF");
            db.connection().setAutoCommit(false);
            Recording r = db.recording(START, "monitor_width", 1280, "monitor_height", 800, "platform", "linux");
            for (int i = 0; i < MOVES; i++) {
                db.action(r, "move", START + 1 + i * 0.05, "mouse_x", i * 3, "mouse_y", 400 - i);
            }
            db.action(r, "click", START + 4, "mouse_x", 5, "mouse_y", 5, "mouse_button_name", "left", "mouse_pressed", 1);
            db.action(r, "click", START + 4.1, "mouse_x", 5, "mouse_y", 5, "mouse_button_name", "left", "mouse_pressed", 0);
            db.action(r, "press", START + 5, "key_char", "a", "key_vk", "38");
            db.action(r, "release", START + 5.1, "key_char", "a", "key_vk", "38");
            db.action(r, "scroll", START + 6, "mouse_x", 5, "mouse_y", 5, "mouse_dx", 0, "mouse_dy", 1);
            db.action(r, "press", START + 7, "key_name", "enter");
            db.window(r, START + 0.5, "Terminal");
            db.connection().commit();
        }
        return file;
    }

    private static void check(ReadResult result) {
        assertThat(result).isNotNull();
        for (ParsedSession session : result.sessions()) {
            SessionLog log = session.log();
            for (int i = 1; i < log.size(); i++) {
                assertThat(log.time(i)).isGreaterThanOrEqualTo(log.time(i - 1));
            }
            assertThat(log.time(0)).isNotNegative();
            session.media().forEach(m -> assertThat(m.displayFile()).isAbsolute());
        }
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.file()).isNotNull();
            // an action name like "wiggle" is the recorder's word and is named, as DuckTrack's are; other text never
            assertThat(p.reason()).isNotBlank().doesNotContain("gar bage", "Terminal");
            assertThat(p.line()).isNotNegative();
        });
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
