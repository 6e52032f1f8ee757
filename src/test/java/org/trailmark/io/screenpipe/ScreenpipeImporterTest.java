package org.trailmark.io.screenpipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;

class ScreenpipeImporterTest {
    private static final String T0 = "2025-03-04T09:00:00.000000000+00:00";

    @TempDir
    Path dir;

    private final ScreenpipeImporter importer = new ScreenpipeImporter();

    private static String at(int ms) {
        return java.time.Instant.parse("2025-03-04T09:00:00Z").plusMillis(ms).toString().replace("Z", "+00:00");
    }

    private ReadResult read(Path file) {
        return importer.read(file, ImportOptions.defaults());
    }

    private static List<String> events(SessionLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            out.add(log.time(i) + " " + log.kind(i).wireName());
        }
        return out;
    }

    @Test
    void acceptsAScreenpipeDatabaseOfAnyNameAndAFolderHoldingOne() throws Exception {
        Path named = dir.resolve("backup-copy.db");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(named)) {
            db.row(T0, "move", "x", 1, "y", 2);
        }
        Path folder = Files.createDirectories(dir.resolve("capture"));
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(folder.resolve("db.sqlite"))) {
            db.row(T0, "move", "x", 1, "y", 2);
        }

        assertThat(importer.accepts(named)).isTrue();
        assertThat(importer.accepts(folder)).isTrue();
        assertThat(Importers.forPath(named)).get().isInstanceOf(ScreenpipeImporter.class);
    }

    @Test
    void refusesOtherDatabasesAndFiles() throws Exception {
        Path other = dir.resolve("other.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + other);
             var st = c.createStatement()) {
            st.execute("CREATE TABLE sessions (id TEXT)");
        }
        Path text = Files.writeString(dir.resolve("db.sqlite"), "not a database");

        assertThat(importer.accepts(other)).isFalse();
        assertThat(importer.accepts(text)).isFalse();
        assertThat(importer.accepts(dir.resolve("missing.sqlite"))).isFalse();
    }

    @Test
    void mapsEachEventTypeToTrailmarkEvents() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "app_switch", "app_name", "Safari", "text_content", "Safari", "app_pid", 42);
            db.row(at(5), "window_focus", "app_name", "Safari", "window_title", "Bank login",
                    "browser_url", "https://bank.example/login", "text_content", "Bank login");
            db.row(at(10), "move", "x", 100, "y", 200);
            db.row(at(20), "click", "x", 110, "y", 210, "button", 1, "click_count", 1, "modifiers", 0);
            db.row(at(30), "scroll", "x", 120, "y", 220, "delta_x", 0, "delta_y", -3);
            db.row(at(40), "text", "text_content", "hi\n");
            db.row(at(50), "key", "key_code", 0, "modifiers", 8); // Cmd+A on a Mac
        }

        ReadResult result = read(file);

        assertThat(result.sessions()).hasSize(1);
        SessionLog log = result.sessions().get(0).log();
        assertThat(events(log)).containsExactly("0 focus", "5 focus", "10 pointer_move", "20 button_down",
                "20 button_up", "30 wheel", "40 key_down", "40 key_up", "40 key_down", "40 key_up", "40 key_down",
                "40 key_up", "50 key_down", "50 key_down", "50 key_up", "50 key_up");
        assertThat(log.string(log.a(1))).isEqualTo("Safari");
        assertThat(log.string(log.b(1))).isEqualTo("Bank login \u2014 https://bank.example/login");
        assertThat(log.a(3)).isEqualTo(PointerButton.RIGHT.ordinal());
        assertThat(List.of(log.x(3), log.y(3))).containsExactly(110, 210);
        assertThat(List.of(log.a(5), log.b(5))).containsExactly(0, -3);
        assertThat(log.string(log.a(6))).isEqualTo("KeyH");
        assertThat(log.string(log.b(6))).isEqualTo("h");
        assertThat(log.string(log.a(10))).isEqualTo("Enter");
        assertThat(log.b(10)).isEqualTo(SessionLog.NO_STRING);
        // the modifier goes down first and up last; a shortcut types nothing
        assertThat(log.string(log.a(12))).isEqualTo("MetaLeft");
        assertThat(log.string(log.a(13))).isEqualTo("KeyA");
        assertThat(log.b(13)).isEqualTo(SessionLog.NO_STRING);
        assertThat(log.string(log.a(15))).isEqualTo("MetaLeft");
        assertThat(result.sessions().get(0).info().sourceFormat()).isEqualTo("screenpipe");
        assertThat(result.sessions().get(0).info().start().toInstant()).isEqualTo(java.time.Instant.parse("2025-03-04T09:00:00Z"));
    }

    @Test
    void readsWindowsKeyCodesWhenTheCaptureNamesWindowsPrograms() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "key", "key_code", 0x41, "modifiers", 0, "app_name", "notepad.exe");
        }

        ReadResult result = read(file);

        SessionLog log = result.sessions().get(0).log();
        int down = log.size() - 2;
        assertThat(log.string(log.a(down))).isEqualTo("KeyA");
        assertThat(log.string(log.b(down))).isEqualTo("a");
        assertThat(result.problems()).anyMatch(p -> p.isNote() && p.reason().contains("Windows virtual key codes"));
    }

    @Test
    void aDoubleClickIsTwoClicksAndAContextOnlyClickRowIsNotAClick() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "click", "x", 5, "y", 6, "button", 0, "click_count", 2);
            db.row(at(1), "click", "x", 5, "y", 6, "button", 0, "click_count", 0, "element_role", "AXButton");
        }

        ReadResult result = read(file);

        assertThat(events(result.sessions().get(0).log()))
                .containsExactly("0 button_down", "0 button_up", "0 button_down", "0 button_up");
        assertThat(result.problems()).anyMatch(p -> p.isNote() && p.reason().contains("click_count 0"));
    }

    @Test
    void splitsSessionsByScreenpipesSessionIdAndByLongGaps() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "move", "x", 1, "y", 1, "session_id", "a");
            db.row(at(1_000), "move", "x", 2, "y", 2, "session_id", "a");
            db.row(at(2_000), "move", "x", 3, "y", 3, "session_id", "b");
            db.row(at(2_000 + 9 * 60_000), "move", "x", 4, "y", 4, "session_id", "b");
            db.row(at(2_000 + 20 * 60_000), "move", "x", 5, "y", 5, "session_id", "b");
        }

        ReadResult result = read(file);

        assertThat(result.sessions()).extracting(s -> s.log().size()).containsExactly(2, 2, 1);
        assertThat(result.sessions().get(1).log().time(1)).isEqualTo(9 * 60_000);
        assertThat(result.sessions()).extracting(s -> s.info().id()).doesNotHaveDuplicates();
        assertThat(read(file).sessions()).extracting(s -> s.info().id())
                .containsExactlyElementsOf(result.sessions().stream().map(s -> s.info().id()).toList());
    }

    @Test
    void ordersRowsByTimeWhateverTheirOrderAndFormInTheTable() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row("2025-03-04T09:00:02.5+00:00", "move", "x", 3, "y", 3);
            db.row("2025-03-04 09:00:01", "move", "x", 2, "y", 2); // the column default's form
            db.row("2025-03-04T09:00:00Z", "move", "x", 1, "y", 1);
        }

        SessionLog log = read(file).sessions().get(0).log();

        assertThat(events(log)).containsExactly("0 pointer_move", "1000 pointer_move", "2500 pointer_move");
        assertThat(List.of(log.x(0), log.x(1), log.x(2))).containsExactly(1, 2, 3);
    }

    @Test
    void readsTheFirstReleasesTableWithoutItsLaterColumns() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file, ScreenpipeTestDatabase.Schema.FIRST)) {
            db.row(at(0), "move", "x", 1, "y", 1);
            db.row(at(10), "clipboard", "text_content", "copied words", "modifiers", (int) 'c');
        }

        ReadResult result = read(file);

        SessionLog log = result.sessions().get(0).log();
        assertThat(events(log)).containsExactly("0 pointer_move", "10 clipboard");
        assertThat(log.a(1)).isEqualTo("copied words".length());
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aDatabaseWithoutUiEventsOrItsRequiredColumnsIsAnErrorSayingWhatWasExpected() throws Exception {
        Path noTable = dir.resolve("a.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + noTable); var st = c.createStatement()) {
            st.execute("CREATE TABLE frames (id INTEGER)");
        }
        Path noType = dir.resolve("b.sqlite");
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + noType); var st = c.createStatement()) {
            st.execute("CREATE TABLE ui_events (id INTEGER PRIMARY KEY, timestamp TEXT)");
        }

        ReadResult a = read(noTable);
        ReadResult b = read(noType);

        assertThat(a.sessions()).isEmpty();
        assertThat(a.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.reason()).contains("ui_events", "timestamp", "event_type");
        });
        assertThat(b.problems()).anyMatch(p -> p.isError() && p.reason().contains("event_type"));
    }

    @Test
    void badRowsAreReportedByRowIdAndTheRestIsKept() throws Exception {
        Path file = dir.resolve("db.sqlite");
        long noXy;
        long badTime;
        long badX;
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "move", "x", 1, "y", 1);
            noXy = db.row(at(5), "move");
            badTime = db.row("yesterday", "move", "x", 2, "y", 2);
            badX = db.row(at(7), "click", "x", "secret words", "y", 3, "button", 0);
            db.row(at(9), "drag", "x", 1, "y", 1);
            db.row(at(9), "drag", "x", 1, "y", 1);
            db.row(at(10), "move", "x", 4, "y", 4);
        }

        ReadResult result = read(file);

        assertThat(events(result.sessions().get(0).log()))
                .containsExactly("0 pointer_move", "7 button_down", "7 button_up", "10 pointer_move");
        assertThat(result.problems()).extracting(Problem::place).contains(
                file + ":ui_events:" + noXy, file + ":ui_events:" + badTime, file + ":ui_events:" + badX);
        assertThat(result.problems()).filteredOn(p -> p.reason().contains("\"drag\""))
                .singleElement().satisfies(p -> assertThat(p.reason()).startsWith("2 rows"));
        assertThat(result.problems()).noneMatch(p -> p.reason().contains("secret"));
    }

    @Test
    void clipboardTextIsKeptOnlyWhenAskedAndTheReportSaysWhich() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "clipboard", "text_content", "IBAN DE89 3704 0044 0532 0130 00", "text_length", 32,
                    "modifiers", (int) 'c');
        }

        ReadResult plain = importer.read(file, ImportOptions.defaults());
        ReadResult kept = importer.read(file, ImportOptions.defaults().withKeepClipboard(true));

        SessionLog plainLog = plain.sessions().get(0).log();
        assertThat(plainLog.kind(0)).isEqualTo(EventKind.CLIPBOARD);
        assertThat(plainLog.a(0)).isEqualTo(32);
        assertThat(plainLog.b(0)).isEqualTo(SessionLog.NO_STRING);
        assertThat(plainLog.strings()).noneMatch(s -> s.contains("DE89"));
        assertThat(plain.problems()).anyMatch(p -> p.isNote() && p.reason().contains("length only"));
        SessionLog keptLog = kept.sessions().get(0).log();
        assertThat(keptLog.string(keptLog.b(0))).isEqualTo("IBAN DE89 3704 0044 0532 0130 00");
        assertThat(kept.problems()).anyMatch(p -> p.isNote() && p.reason().contains("with their text"));
    }

    @Test
    void theDatabaseFileIsNotTouched() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "move", "x", 1, "y", 1);
        }
        FileTime old = FileTime.fromMillis(1_000_000_000L);
        Files.setLastModifiedTime(file, old);
        byte[] before = Files.readAllBytes(file);

        assertThat(importer.accepts(file)).isTrue();
        assertThat(read(file).sessions()).hasSize(1);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    }

    @Test
    void notesTheTablesAndContextItDoesNotImportWithoutTheirContent() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.execute("INSERT INTO ocr_text (frame_id, text) VALUES (1, 'password hunter2')");
            db.row(at(0), "move", "x", 1, "y", 1, "element_value", "field value");
        }

        ReadResult result = read(file);

        assertThat(result.problems()).filteredOn(Problem::isNote).extracting(Problem::reason)
                .anyMatch(r -> r.contains("frames") && r.contains("ocr_text") && !r.contains("ui_events_fts"))
                .anyMatch(r -> r.contains("element_value"))
                .noneMatch(r -> r.contains("hunter2") || r.contains("field value"));
    }

    @Test
    void aSessionWithoutAMachineGetsAnUnassignedSubjectAndOneWithAMachineAPseudonym() throws Exception {
        Path file = dir.resolve("db.sqlite");
        try (ScreenpipeTestDatabase db = ScreenpipeTestDatabase.create(file)) {
            db.row(at(0), "move", "x", 1, "y", 1);
            db.row(at(30 * 60_000), "move", "x", 1, "y", 1, "machine_id", "laptop-7");
        }

        List<ParsedSession> sessions = read(file).sessions();

        assertThat(sessions.get(0).info().subject()).startsWith("unassigned-");
        assertThat(sessions.get(1).info().subject()).startsWith("host-").doesNotContain("laptop");
    }

    @Test
    void aNonDatabaseFileIsAnErrorNotAnException() throws SQLException, java.io.IOException {
        Path file = Files.write(dir.resolve("db.sqlite"), new byte[] {1, 2, 3});

        ReadResult result = read(file);

        assertThat(result.sessions()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
    }
}
