package org.trailmark.io.openadapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Recording;
import org.trailmark.io.openadapt.OpenAdaptTestDatabase.Schema;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SubjectIds;

/** OpenAdapt recording databases, written from the documented schema, read into sessions. */
class OpenAdaptImporterTest {
    static final double START = 1_717_171_717.25;

    @TempDir
    Path dir;

    private final OpenAdaptImporter importer = new OpenAdaptImporter();

    /** The events of a log as short lines: time, kind and what the kind carries. */
    static List<String> lines(SessionLog log) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            EventKind kind = log.kind(i);
            String detail = switch (kind) {
                case POINTER_MOVE -> log.x(i) + "," + log.y(i);
                case BUTTON_DOWN, BUTTON_UP -> PointerButton.ofIndex(log.a(i)).wireName() + " " + log.x(i) + "," + log.y(i);
                case WHEEL -> log.x(i) + "," + log.y(i) + " " + log.a(i) + "/" + log.b(i);
                case KEY_DOWN, KEY_UP -> log.string(log.a(i)) + (log.b(i) == SessionLog.NO_STRING ? "" : " " + log.string(log.b(i)));
                case FOCUS -> log.string(log.a(i)) + " | " + log.string(log.b(i));
                default -> "";
            };
            lines.add(log.time(i) + " " + kind.wireName() + (detail.isEmpty() ? "" : " " + detail));
        }
        return lines;
    }

    static List<String> places(List<Problem> problems) {
        return problems.stream().map(p -> p.place().replaceFirst("^.*/", "") + " " + p.severity() + " " + p.reason()).toList();
    }

    private Path database(String name) {
        return dir.resolve(name);
    }

    @Test
    void aRecordingBecomesASessionWithItsInputFocusTaskAndScreen() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START, "monitor_width", 1512, "monitor_height", 982, "pixel_ratio", 2.0,
                    "platform", "darwin", "task_description", "  Rename the quarterly report  ");
            db.window(r, START + 0.05, "Finder Documents", "state",
                    "{\"meta\": {\"kCGWindowOwnerName\": \"Finder\"}, \"data\": {}}");
            db.action(r, "move", START + 0.10, "mouse_x", 100.4, "mouse_y", 200.6);
            db.action(r, "click", START + 0.20, "mouse_x", 101, "mouse_y", 201, "mouse_button_name", "left", "mouse_pressed", 1);
            db.action(r, "click", START + 0.30, "mouse_x", 101, "mouse_y", 201, "mouse_button_name", "left", "mouse_pressed", 0);
            db.action(r, "scroll", START + 0.40, "mouse_x", 101, "mouse_y", 201, "mouse_dx", 0, "mouse_dy", -2);
            db.action(r, "press", START + 0.50, "key_name", "shift", "key_vk", "56");
            db.action(r, "press", START + 0.55, "key_char", "R", "key_vk", "15");
            db.action(r, "release", START + 0.60, "key_char", "R", "key_vk", "15");
            db.action(r, "release", START + 0.65, "key_name", "shift");
            db.action(r, "press", START + 0.70, "key_vk", "36");
            db.window(r, START + 0.80, "Terminal — bash", "state", "not json at all");
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).singleElement().satisfies(s -> {
            assertThat(s.info().sourceFormat()).isEqualTo("openadapt");
            assertThat(s.info().captureTool()).isEqualTo("OpenAdapt");
            assertThat(s.info().id()).matches("openadapt-[0-9a-f]{16}");
            assertThat(s.info().start().toInstant().toEpochMilli()).isEqualTo(1_717_171_717_250L);
            assertThat(s.info().screens()).containsExactly(new Screen(0, 0, 0, 1512, 982, 2.0));
            assertThat(s.info().suggestedInstruction()).isEqualTo("Rename the quarterly report");
            assertThat(SubjectIds.isUnassigned(s.info().subject())).isTrue();
            assertThat(lines(s.log())).containsExactly(
                    "50 focus Finder | Finder Documents",
                    "100 pointer_move 100,201",
                    "200 button_down left 101,201",
                    "300 button_up left 101,201",
                    "400 wheel 101,201 0/-2",
                    "500 key_down ShiftLeft",
                    "550 key_down KeyR R",
                    "600 key_up KeyR",
                    "650 key_up ShiftLeft",
                    "700 key_down Enter",
                    "800 focus null | Terminal — bash");
        });
        assertThat(places(result.problems())).anySatisfy(p -> assertThat(p)
                .startsWith("recording.db:recording:1 WARNING OpenAdapt records no host or person"));
        assertThat(importer.read(file, ImportOptions.defaults()).sessions().get(0).info().id())
                .as("the same recording gets the same id").isEqualTo(result.sessions().get(0).info().id());
    }

    @Test
    void everyRecordingOfADatabaseIsItsOwnSessionInBothSchemaVersions() throws Exception {
        for (Schema schema : Schema.values()) {
            Path file = database(schema + ".db");
            try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, schema)) {
                Recording first = db.recording(START, "platform", "win32", "task_description", "first");
                Recording second = db.recording(START + 3600, "platform", "win32", "task_description", "second");
                db.action(second, "move", START + 3600.5, "mouse_x", 7, "mouse_y", 8);
                db.action(first, "move", START + 1, "mouse_x", 1, "mouse_y", 2);
                db.action(first, "press", START + 2, "key_vk", "84");
                db.window(second, START + 3601, "Notepad");
            }

            List<ParsedSession> sessions = importer.read(file, ImportOptions.defaults()).sessions();

            assertThat(sessions).as(schema.name()).hasSize(2);
            assertThat(sessions.get(0).info().suggestedInstruction()).isEqualTo("first");
            assertThat(lines(sessions.get(0).log())).as("win32 reads virtual keys as Windows'")
                    .containsExactly("1000 pointer_move 1,2", "2000 key_down KeyT t");
            assertThat(lines(sessions.get(1).log())).containsExactly("500 pointer_move 7,8", "1000 focus null | Notepad");
            assertThat(sessions.get(0).info().id()).isNotEqualTo(sessions.get(1).info().id());
        }
    }

    @Test
    void summariesAreSkippedForTheirRowsAndDisabledRowsAreLeftOut() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START);
            long typed = db.action(r, "type", START + 1.0);
            db.action(r, "press", START + 1.0, "key_char", "h", "parent_id", typed);
            db.action(r, "release", START + 1.1, "key_char", "h", "parent_id", typed);
            db.action(r, "press", START + 1.2, "key_char", "i", "parent_id", typed);
            db.action(r, "release", START + 1.3, "key_char", "i", "parent_id", typed);
            long removed = db.action(r, "type", START + 2.0, "disabled", 1);
            db.action(r, "press", START + 2.0, "key_char", "x", "parent_id", removed);
            db.action(r, "release", START + 2.1, "key_char", "x", "parent_id", removed);
            db.action(r, "move", START + 3.0, "mouse_x", 5, "mouse_y", 5, "disabled", 1);
            db.action(r, "move", START + 3.1, "mouse_x", 6, "mouse_y", 6, "disabled", 0);
            db.action(r, "doubleclick", START + 4.0, "mouse_x", 6, "mouse_y", 6);
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(lines(result.sessions().get(0).log())).containsExactly("1000 key_down KeyH h", "1100 key_up KeyH",
                "1200 key_down KeyI i", "1300 key_up KeyI", "3100 pointer_move 6,6");
        assertThat(places(result.problems())).contains(
                "recording.db:action_event NOTE 4 action rows disabled in OpenAdapt (removed by its user, or inside a"
                        + " removed action): not imported",
                "recording.db:action_event NOTE 1 summary rows OpenAdapt built from other rows (typed text, clicks,"
                        + " merged moves): not imported, since the rows they summarise are",
                "recording.db:action_event:11 WARNING summary action \"doubleclick\" without the rows it was built from:"
                        + " skipped");
    }

    @Test
    void damagedRowsCostThemselvesOnlyAndAreNamedByTableAndRow() throws Exception {
        Path file = database("recording.db");
        String hugeTitle = "Inbox ".repeat(3000);
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START, "monitor_width", 1920, "monitor_height", 1080);
            db.action(r, "move", START + 1, "mouse_x", -40, "mouse_y", -3.6);   // 1: a left screen: kept
            db.action(r, "move", null, "mouse_x", 1, "mouse_y", 1);               // 2: no timestamp
            db.action(r, "move", "NaN", "mouse_x", 1, "mouse_y", 1);              // 3: text
            db.action(r, "move", Double.NaN, "mouse_x", 1, "mouse_y", 1);         // 4: SQLite stores NaN as NULL
            db.action(r, "move", START - 500, "mouse_x", 1, "mouse_y", 1);        // 5: long before the start
            db.action(r, "move", START + 1e9, "mouse_x", 1, "mouse_y", 1);        // 6: decades later
            db.action(r, "move", START + 2, "mouse_x", 2, "mouse_y", 2);          // 7
            db.action(r, "move", START + 2, "mouse_x", 3, "mouse_y", 3);          // 8: same time, kept in row order
            db.action(r, "wiggle", START + 2.5);                                  // 9
            db.action(r, "click", START + 2.6, "mouse_x", 3, "mouse_y", 3, "mouse_button_name", "left"); // 10
            db.action(r, "press", START + 2.7);                                   // 11: no key
            db.action(r, "move", START + 2.8, "mouse_x", 1e12, "mouse_y", 1);     // 12
            db.action(r, "move", START + 1.5, "mouse_x", 9, "mouse_y", 9);        // 13: stored late
            db.window(r, START + 3, hugeTitle);
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(lines(result.sessions().get(0).log())).containsExactly("1000 pointer_move -40,-4",
                "1500 pointer_move 9,9", "2000 pointer_move 2,2", "2000 pointer_move 3,3",
                "3000 focus null | " + hugeTitle.substring(0, 10_000));
        assertThat(places(result.problems())).contains(
                "recording.db:action_event:2 WARNING no timestamp: skipped",
                "recording.db:action_event:3 WARNING timestamp is not a number: skipped",
                "recording.db:action_event:4 WARNING no timestamp: skipped",
                "recording.db:action_event:5 WARNING timestamp lies 500 s before the recording began: skipped",
                "recording.db:action_event:6 WARNING timestamp lies more than 24 days after the recording began: skipped",
                "recording.db:action_event:9 WARNING unknown action \"wiggle\": skipped",
                "recording.db:action_event:10 WARNING click without a usable mouse_pressed: skipped",
                "recording.db:action_event:11 WARNING press without key_name, key_char or key_vk: skipped",
                "recording.db:action_event:12 WARNING mouse_x out of range: skipped",
                "recording.db:action_event:13 WARNING 1 row was stored out of time order (the first is this one); each"
                        + " is placed at its own timestamp, as OpenAdapt replays them",
                "recording.db:window_event:1 WARNING title longer than 10,000 characters: the rest is not kept");
        assertThat(result.problems()).noneMatch(p -> p.reason().contains("Inbox"));
    }

    @Test
    void aDatabaseWithoutWindowOrScreenshotTablesStillImports() throws Exception {
        Path file = database("old.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.LEGACY, "window_event", "screenshot")) {
            Recording r = db.recording(START);
            db.action(r, "move", START + 1, "mouse_x", 1, "mouse_y", 1);
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).singleElement().satisfies(s -> {
            assertThat(s.log().size()).isEqualTo(1);
            assertThat(s.media()).isEmpty();
        });
        assertThat(places(result.problems())).contains(
                "old.db:window_event WARNING the database has no window_event table: no window focus",
                "old.db:screenshot WARNING the database has no screenshot table: no screen pictures",
                "old.db:recording:1 WARNING no usable monitor_width/monitor_height: the screen size is unknown");
    }

    @Test
    void columnsAnOlderVersionLacksAreReadAsEmpty() throws Exception {
        Path file = database("minimal.db");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
            s.execute("CREATE TABLE recording (id INTEGER PRIMARY KEY, timestamp FLOAT)");
            s.execute("CREATE TABLE action_event (id INTEGER PRIMARY KEY, name VARCHAR, timestamp FLOAT,"
                    + " recording_timestamp FLOAT, mouse_x FLOAT, mouse_y FLOAT, key_char VARCHAR)");
            s.execute("INSERT INTO recording VALUES (1, " + START + ")");
            s.execute("INSERT INTO action_event (name, timestamp, recording_timestamp, mouse_x, mouse_y, key_char) VALUES"
                    + " ('move', " + (START + 1) + ", " + START + ", 3, 4, NULL),"
                    + " ('press', " + (START + 2) + ", " + START + ", NULL, NULL, 'q'),"
                    + " ('scroll', " + (START + 3) + ", " + START + ", 3, 4, NULL)");
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(lines(result.sessions().get(0).log())).containsExactly("1000 pointer_move 3,4", "2000 key_down KeyQ q");
        assertThat(places(result.problems())).contains("minimal.db:action_event:3 WARNING no mouse_dx: skipped");
    }

    @Test
    void aRecordingWithoutInputIsAnErrorForItselfOnly() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            db.recording(START);
            Recording second = db.recording(START + 100);
            db.action(second, "move", START + 101, "mouse_x", 1, "mouse_y", 1);
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).hasSize(1);
        assertThat(places(result.problems())).contains(
                "recording.db:recording:1 ERROR the recording has no readable action row: nothing imported");
    }

    @Test
    void whatIsNotImportedIsNoted() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START);
            db.action(r, "move", START + 1, "mouse_x", 1, "mouse_y", 1, "element_state", "{\"role\": \"AXButton\"}");
            db.window(r, START + 1, "Mail", "state", "{\"meta\": {}}");
            db.execute("INSERT INTO memory_stat (recording_timestamp, memory_usage_bytes, timestamp) VALUES ("
                    + START + ", 1000, " + (START + 1) + ")");
        }

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.problems()).filteredOn(Problem::isNote).extracting(Problem::reason).containsExactly(
                "1 row of the recorder's memory statistics: not imported",
                "element_state (accessibility snapshots of the element acted on) in 1 row: not imported",
                "state (window metadata and accessibility trees (only the application name is read from it)) in 1 row:"
                        + " not imported");
    }

    @Test
    void onlyDatabasesWithOpenAdaptsTablesAreAccepted() throws Exception {
        Path recording = database("capture/recording.db");
        Files.createDirectories(recording.getParent());
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(recording, Schema.CAPTURE)) {
            db.recording(START);
        }
        Path unrelated = database("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + unrelated); var s = c.createStatement()) {
            s.execute("CREATE TABLE recording (id INTEGER PRIMARY KEY)");
            s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY)");
        }
        Path text = Files.writeString(database("notes.db"), "SQLite format 3 or not");
        Path workspace = database("w.trailmark");
        org.trailmark.store.Workspace.open(workspace).close();
        Path workspaceNamedDb = Files.copy(workspace, database("workspace.db"));

        assertThat(importer.accepts(recording)).isTrue();
        assertThat(importer.accepts(recording.getParent())).as("a capture folder").isTrue();
        assertThat(importer.accepts(unrelated)).isFalse();
        assertThat(importer.accepts(text)).isFalse();
        assertThat(importer.accepts(workspaceNamedDb)).isFalse();
        assertThat(importer.accepts(dir)).isFalse();
        assertThat(Importers.forPath(recording)).get().isInstanceOf(OpenAdaptImporter.class);
        assertThat(Importers.forPath(recording.getParent())).get().isInstanceOf(OpenAdaptImporter.class);
    }

    @Test
    void aDatabaseLockedByItsRecorderIsAnErrorAndNothingIsImported() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START);
            db.action(r, "move", START + 1, "mouse_x", 1, "mouse_y", 1);
            db.connection().setAutoCommit(false);
            db.execute("PRAGMA locking_mode = EXCLUSIVE");
            db.execute("INSERT INTO action_event (name, timestamp, recording_id) VALUES ('move', " + (START + 2) + ", 1)");
            db.connection().commit(); // exclusive locking mode keeps the lock after the commit

            ReadResult result = importer.read(file, ImportOptions.defaults());

            assertThat(result.sessions()).isEmpty();
            assertThat(places(result.problems())).containsExactly("recording.db ERROR the database is locked by another"
                    + " program (is OpenAdapt still recording?): nothing imported");
        }
    }

    @Test
    void aDamagedDatabaseIsAnErrorAndNothingIsImported() throws Exception {
        Path file = database("recording.db");
        try (OpenAdaptTestDatabase db = OpenAdaptTestDatabase.create(file, Schema.CAPTURE)) {
            Recording r = db.recording(START);
            for (int i = 0; i < 2000; i++) {
                db.action(r, "move", START + i / 100.0, "mouse_x", i, "mouse_y", i);
            }
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 4096 * 3; i < bytes.length; i += 7) {
            bytes[i] = (byte) 0xA5; // the pages after the schema are garbage
        }
        Files.write(file, bytes);

        ReadResult result = importer.read(file, ImportOptions.defaults());

        assertThat(result.sessions()).isEmpty();
        assertThat(places(result.problems())).containsExactly(
                "recording.db ERROR the database is damaged or not an SQLite database: nothing imported");
    }
}
