package org.trailmark.io.rrweb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.FieldRole;
import org.trailmark.model.PointerButton;
import org.trailmark.model.Screen;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SubjectIds;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.SessionScanner;
import org.trailmark.replay.TextGroup;
import org.trailmark.replay.TextReconstruction;

class RrwebImporterTest {
    static final long T0 = 1_700_000_000_000L;

    private final RrwebImporter importer = new RrwebImporter();

    @TempDir
    Path dir;

    private ParsedSession read(RrwebEvents events) throws IOException {
        ReadResult result = importer.read(RrwebEvents.write(dir.resolve("rec.json"), events.array()),
                ImportOptions.defaults());
        assertThat(result.sessions()).as("problems: %s", result.problems()).hasSize(1);
        return result.sessions().get(0);
    }

    private static List<String> events(SessionLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            EventKind k = log.kind(i);
            String e = log.time(i) + " " + k.wireName();
            switch (k) {
                case POINTER_MOVE -> e += " " + log.x(i) + "," + log.y(i);
                case BUTTON_DOWN, BUTTON_UP -> e += " " + PointerButton.ofIndex(log.a(i)).wireName() + " "
                        + log.x(i) + "," + log.y(i);
                case WHEEL -> e += " " + log.a(i) + "," + log.b(i);
                case FOCUS -> e += " " + log.string(log.a(i)) + " | " + log.string(log.b(i));
                case FIELD -> e += " " + FieldRole.ofIndex(log.a(i)).wireName() + " " + log.string(log.b(i));
                default -> {
                }
            }
            out.add(e);
        }
        return out;
    }

    private static List<String> withoutKeys(SessionLog log) {
        return events(log).stream().filter(e -> !e.contains(" key_")).toList();
    }

    @Test
    void pageLoadBecomesOneFocusEventWithTitleAndAddressAndTheViewportIsTheScreen() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://shop.example.com/login", 1280, 720).snapshot(T0, 1, "Sign in").moves(T0 + 500, 10, 20, 0);

        ParsedSession s = read(r);

        assertThat(events(s.log())).containsExactly("0 focus web | Sign in \u2014 https://shop.example.com/login",
                "500 pointer_move 10,20");
        assertThat(s.info().screens()).containsExactly(new Screen(0, 0, 0, 1280, 720, 1.0));
        assertThat(s.info().start().toInstant()).isEqualTo(Instant.ofEpochMilli(T0));
        assertThat(s.info().sourceFormat()).isEqualTo("rrweb");
    }

    @Test
    void withoutASnapshotTitleTheAddressIsTheWindowTitle() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/a", 800, 600).moves(T0 + 100, 1, 1, 0);

        assertThat(events(read(r).log())).first().isEqualTo("0 focus web | https://example.org/a");
    }

    @Test
    void aTitleChangedByTheScriptIsANewFocusEvent() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://app.example.org/", 800, 600);
        r.snapshot(T0, 1, "Inbox");
        r.moves(T0 + 100, 1, 1, 0);
        ObjectNode html = (ObjectNode) r.events().get(1).get("data").get("node").get("childNodes").get(0);
        int titleElement = html.get("childNodes").get(0).get("childNodes").get(0).get("id").intValue();
        r.mutationAdds(T0 + 2_000, titleElement, r.text("Inbox (1)"));

        assertThat(events(read(r).log())).contains("2000 focus web | Inbox (1) \u2014 https://app.example.org/");
    }

    @Test
    void pointerPositionsAreTimedByTheirOffsetsAndPutInOrderWithPressesWrittenBeforeThem() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600);
        r.mouseDown(T0 + 300, 9, 30, 40).mouseUp(T0 + 380, 9, 30, 40);
        // The batch of positions is written after the press, at 500 ms, reaching back to 100 ms.
        r.moves(T0 + 500, 10, 10, -400, 30, 40, -210, 35, 45, 0);

        assertThat(withoutKeys(read(r).log())).containsExactly(
                "0 focus web | https://example.org/",
                "100 pointer_move 10,10",
                "290 pointer_move 30,40",
                "300 button_down left 30,40",
                "380 button_up left 30,40",
                "500 pointer_move 35,45");
    }

    @Test
    void aClickPairsWithItsPressAndReleaseAndAClickAloneIsAPressAndRelease() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600);
        r.fullClick(T0 + 100, 7, 50, 60);
        r.click(T0 + 5_000, 7, 70, 80);

        assertThat(withoutKeys(read(r).log())).containsExactly(
                "0 focus web | https://example.org/",
                "100 button_down left 50,60",
                "180 button_up left 50,60",
                "5000 button_down left 70,80",
                "5000 button_up left 70,80");
    }

    @Test
    void aDoubleClickAloneIsTwoClicksAndAfterTwoRecordedClicksNothingMore() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600);
        r.interaction(T0 + 100, 4, 7, 5, 6);
        r.fullClick(T0 + 5_000, 7, 8, 9).fullClick(T0 + 5_200, 7, 8, 9).interaction(T0 + 5_280, 4, 7, 8, 9);

        List<String> ev = withoutKeys(read(r).log());
        assertThat(ev.stream().filter(e -> e.startsWith("100 button_down"))).hasSize(2);
        assertThat(ev.stream().filter(e -> e.contains("button_down"))).hasSize(4);
        assertThat(ev.stream().filter(e -> e.contains("button_up"))).hasSize(4);
    }

    @Test
    void aContextMenuMakesItsPressTheRightButton() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600);
        r.mouseDown(T0 + 100, 7, 5, 6).interaction(T0 + 101, 3, 7, 5, 6).mouseUp(T0 + 200, 7, 5, 6);
        r.interaction(T0 + 3_000, 3, 7, 9, 9); // a context menu with no press recorded

        assertThat(withoutKeys(read(r).log())).containsExactly(
                "0 focus web | https://example.org/",
                "100 button_down right 5,6",
                "200 button_up right 5,6",
                "3000 button_down right 9,9",
                "3000 button_up right 9,9");
    }

    @Test
    void scrollOffsetsBecomeWheelNotchesOfAHundredPixelsWithTheRestCarried() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Long page");
        r.moves(T0 + 50, 400, 300, 0);
        r.scroll(T0 + 100, 1, 0, 300);   // 3 notches down
        r.scroll(T0 + 200, 1, 0, 340);   // 40 px: carried
        r.scroll(T0 + 300, 1, 0, 400);   // 60 more: one notch
        r.scroll(T0 + 400, 1, 0, 100);   // back up by 3
        r.scroll(T0 + 500, 1, 120, 100); // one notch to the right

        assertThat(events(read(r).log()).stream().filter(e -> e.contains("wheel")).toList()).containsExactly(
                "100 wheel 0,-3", "300 wheel 0,-1", "400 wheel 0,3", "500 wheel 1,0");
    }

    @Test
    void theScreenIsTheLargestViewportAndTheReportSaysItChanged() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 1024, 700).moves(T0 + 10, 1, 1, 0);
        r.viewportResize(T0 + 1_000, 1280, 650).viewportResize(T0 + 2_000, 900, 800);

        ParsedSession s = read(r);

        assertThat(s.info().screens()).containsExactly(new Screen(0, 0, 0, 1280, 800, 1.0));
        assertThat(s.problems()).anySatisfy(p -> {
            assertThat(p.isNote()).isTrue();
            assertThat(p.reason()).contains("changed size 2 times").contains("1280\u00d7800");
        });
    }

    /** A login form: e-mail, password (masked by rrweb's default), a search box. */
    private static RrwebEvents form(String passwordValue) {
        RrwebEvents r = new RrwebEvents();
        ObjectNode email = r.element("input", "type", "email", "name", "email");
        ObjectNode password = r.element("input", "type", "password", "name", "password");
        ObjectNode search = r.element("input", "type", "search", "aria-label", "Search products");
        r.meta(T0, "https://shop.example.com/login", 1280, 720).snapshot(T0, 1, "Sign in", email, password, search);
        r.focus(T0 + 1_000, RrwebEvents.idOf(email));
        long t = r.typeInto(T0 + 1_100, RrwebEvents.idOf(email), "", "ana@example.com", 150);
        r.focus(t + 500, RrwebEvents.idOf(password));
        String typed = "";
        for (int i = 0; i < passwordValue.length(); i++) {
            typed += passwordValue.charAt(i);
            r.input(t + 600 + 150L * i, RrwebEvents.idOf(password), typed);
        }
        r.blur(t + 3_000, RrwebEvents.idOf(password));
        return r;
    }

    @Test
    void inputValuesBecomeFieldEventsAndTypingThatReplaysToTheValue() throws IOException {
        SessionLog log = read(form("********")).log();

        List<String> fields = events(log).stream().filter(e -> e.contains(" field ")).toList();
        assertThat(fields).extracting(e -> e.substring(e.indexOf(" field ") + 7))
                .containsExactly("email email", "password password", "none null");
        List<TextGroup> groups = TextReconstruction.of(log).groups();
        assertThat(groups).extracting(g -> g.role()).containsExactly(FieldRole.EMAIL, FieldRole.PASSWORD);
        assertThat(groups.get(0).transcript().survivingText()).isEqualTo("ana@example.com");
        assertThat(groups.get(1).transcript().survivingText()).isEqualTo("********");
    }

    @Test
    void aMaskedPasswordStaysMaskedAndIsNotFlaggedButTheEmailIs() throws IOException {
        ParsedSession s = read(form("********"));

        List<FindingKind> kinds = SessionScanner.scan(s.log()).findings().stream().map(f -> f.kind()).toList();

        assertThat(kinds).contains(FindingKind.EMAIL).doesNotContain(FindingKind.PASSWORD);
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.reason()).contains("8 input values had been masked"));
    }

    @Test
    void aPasswordTheRecorderDidNotMaskIsTypedIntoThePasswordFieldAndFlagged() throws IOException {
        SessionLog log = read(form("Tr0ub4dor&3")).log();

        assertThat(SessionScanner.scan(log).findings()).extracting(f -> f.kind()).contains(FindingKind.PASSWORD);
        assertThat(TextReconstruction.of(log).groups().get(1).transcript().isSecret(0)).isTrue();
    }

    @Test
    void editsInTheMiddleOfAValueAndDeletionsReplayToEveryValueSeen() throws IOException {
        RrwebEvents r = new RrwebEvents();
        ObjectNode note = r.element("textarea", "name", "note");
        int id = RrwebEvents.idOf(note);
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Notes", note);
        String[] values = {"helo", "hello world", "hello\nworld", "hello, dear\nworld", "dear\nworld", "",
                "d\u00e9j\u00e0 vu \uD83D\uDE00", "d\u00e9j\u00e0 \uD83D\uDE00"};
        for (int i = 0; i < values.length; i++) {
            r.input(T0 + 1_000L * (i + 1), id, values[i]);
        }

        SessionLog log = read(r).log();
        TextGroup group = TextReconstruction.of(log).groups().get(0);

        for (int i = 0; i < values.length; i++) {
            int lastEventOfChange = lastEventAt(log, 1_000 * (i + 1));
            assertThat(group.textAt(lastEventOfChange).text()).as("value %d", i).isEqualTo(values[i]);
        }
        assertThat(group.transcript().deletedText()).contains("helo");
    }

    private static int lastEventAt(SessionLog log, int ms) {
        int last = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.time(i) <= ms) {
                last = i;
            }
        }
        return last;
    }

    @Test
    void checkBoxesAndListsAreFieldsWithoutTyping() throws IOException {
        RrwebEvents r = new RrwebEvents();
        ObjectNode box = r.element("input", "type", "checkbox", "name", "terms");
        ObjectNode list = r.element("select", "name", "country");
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Form", box, list);
        r.input(T0 + 100, RrwebEvents.idOf(box), "on").input(T0 + 200, RrwebEvents.idOf(list), "NZ");

        ParsedSession s = read(r);

        assertThat(events(s.log())).noneMatch(e -> e.contains("key_down"));
        assertThat(events(s.log())).contains("100 field other terms", "200 field other country");
        assertThat(s.problems()).anySatisfy(p -> assertThat(p.reason()).startsWith("2 changes of check boxes"));
    }

    @Test
    void aShowPasswordToggleChangesTheFieldsRole() throws IOException {
        RrwebEvents r = new RrwebEvents();
        ObjectNode pw = r.element("input", "type", "password", "name", "pw");
        int id = RrwebEvents.idOf(pw);
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Login", pw);
        ObjectNode data = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode().put("source", 0);
        data.putArray("texts");
        data.putArray("removes");
        data.putArray("adds");
        data.putArray("attributes").addObject().put("id", id).putObject("attributes").put("type", "text");
        r.raw(3, data, T0 + 500);
        r.input(T0 + 600, id, "x");

        assertThat(events(read(r).log())).contains("600 field text pw");
    }

    @Test
    void theDomAndWhatElseIsNotKeptIsNamedWithCountsAndNeverCopied() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600).snapshot(T0, 1, "Page").moves(T0 + 10, 1, 1, 0);
        r.mutationText(T0 + 20, 99, "some text");
        r.incrementalOf(T0 + 30, 9).incrementalOf(T0 + 31, 9).incrementalOf(T0 + 32, 10);
        r.consoleLog(T0 + 40, "token=sk_live_SECRET123");
        r.incrementalOf(T0 + 41, 11);
        r.custom(T0 + 50, "checkout-step");

        ParsedSession s = read(r);

        List<Problem> notes = s.problems().stream().filter(Problem::isNote).toList();
        assertThat(notes).anySatisfy(p -> assertThat(p.reason())
                .contains("1 full snapshot and 1 DOM change").contains("not kept"));
        assertThat(notes).anySatisfy(p -> assertThat(p.reason()).contains("2 canvas drawings", "1 web fonts",
                "1 console log records", "1 plugin records", "1 custom events"));
        assertThat(s.problems()).allSatisfy(p -> assertThat(p.reason()).doesNotContain("SECRET", "checkout-step"));
        assertThat(s.log().size()).isEqualTo(2);
    }

    @Test
    void unknownEventKindsAreOneCountedWarningEachNotOnePerEvent() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600).moves(T0 + 10, 1, 1, 0);
        ObjectNode empty = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        for (int i = 0; i < 5; i++) {
            r.raw(42, empty.deepCopy(), T0 + 20 + i);
        }
        r.incrementalOf(T0 + 30, 77).incrementalOf(T0 + 31, 77);

        List<Problem> warnings = read(r).problems().stream().filter(p -> !p.isNote())
                .filter(p -> p.reason().contains("does not know")).toList();

        assertThat(warnings).extracting(Problem::reason).containsExactly(
                "5 events of event type 42, which this version does not know, skipped (the first is event 3)",
                "2 events of incremental source 77, which this version does not know, skipped (the first is event 8)");
    }

    @Test
    void theSubjectIsUnassignedUnlessChosenAndTheIdFollowsTheFilesBytes() throws IOException {
        RrwebEvents r = new RrwebEvents();
        r.meta(T0, "https://example.org/", 800, 600).moves(T0 + 10, 1, 1, 0);
        Path file = RrwebEvents.write(dir.resolve("a.json"), r.array());

        ParsedSession unassigned = importer.read(file, ImportOptions.defaults()).sessions().get(0);
        ParsedSession chosen = importer.read(file, new ImportOptions("subj-dora")).sessions().get(0);

        assertThat(SubjectIds.isUnassigned(unassigned.info().subject())).isTrue();
        assertThat(unassigned.problems()).anySatisfy(p -> assertThat(p.reason()).contains("name no person"));
        assertThat(chosen.info().subject()).isEqualTo("subj-dora");
        assertThat(chosen.info().id()).isEqualTo(unassigned.info().id()).startsWith("rrweb-").hasSize(22);
    }
}
