package org.trailmark.io.agentnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.io.ducktrack.DuckTrackImporter;
import org.trailmark.model.EventKind;
import org.trailmark.model.PointerButton;
import org.trailmark.model.SessionLog;
import org.trailmark.model.SubjectIds;

class AgentNetImporterTest {

    private final AgentNetImporter importer = new AgentNetImporter();

    @TempDir
    Path dir;

    static Path episode() throws URISyntaxException {
        return Path.of(AgentNetImporterTest.class.getResource("/agentnet/episode-notepad/events.jsonl").toURI()).getParent();
    }

    @Test
    void episodeImportsEventsFocusAndTask() throws Exception {
        ReadResult result = importer.read(episode(), new ImportOptions("annotator-3"));

        assertThat(result.hasErrors()).isFalse();
        assertThat(result.problems()).isEmpty();
        ParsedSession session = result.sessions().get(0);
        assertThat(session.info().id()).matches("agentnet-[0-9a-f]{16}");
        assertThat(session.info().sourceFormat()).isEqualTo("agentnet");
        assertThat(session.info().subject()).isEqualTo("annotator-3");
        assertThat(session.info().suggestedInstruction())
                .isEqualTo("Greet Sam in a new Notepad note\n\nType a greeting, then copy it to the clipboard.");
        assertThat(session.info().start().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(2024, 11, 5, 18, 56, 31));
        Map<EventKind, Long> counts = session.log().countsByKind();
        assertThat(counts.get(EventKind.POINTER_MOVE)).isEqualTo(19);
        assertThat(counts.get(EventKind.WHEEL)).isEqualTo(3);
        assertThat(counts.get(EventKind.FOCUS)).isEqualTo(3);
        assertThat(counts.get(EventKind.KEY_DOWN)).isEqualTo(17);
        assertThat(counts.get(EventKind.KEY_UP)).isEqualTo(16);
    }

    @Test
    void topWindowNamesBecomeFocusedAppsInTimeOrder() throws Exception {
        SessionLog log = importer.read(episode(), ImportOptions.defaults()).sessions().get(0).log();

        assertThat(log.apps()).containsExactly("explorer", "notepad");
        assertThat(log.kind(0)).isEqualTo(EventKind.FOCUS);
        assertThat(log.time(0)).isZero();
        List<String> focusOrder = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.FOCUS) {
                focusOrder.add(log.string(log.a(i)));
                assertThat(log.string(log.b(i))).isNull();
            }
        }
        assertThat(focusOrder).containsExactly("explorer", "notepad", "explorer");
    }

    @Test
    void pynputKeysGiveTextAndShortcutsTypeNothing() throws Exception {
        SessionLog log = importer.read(episode(), ImportOptions.defaults()).sessions().get(0).log();

        StringBuilder typed = new StringBuilder();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.KEY_DOWN) {
                codes.add(log.string(log.a(i)));
                if (log.b(i) != SessionLog.NO_STRING) {
                    typed.append(log.string(log.b(i)));
                }
            }
        }
        assertThat(typed.toString()).isEqualTo("Hi Sam!");
        assertThat(codes).containsSubsequence("Backspace", "Enter", "ControlLeft", "KeyA", "KeyC", "Semicolon");
        assertThat(codes.get(codes.size() - 1)).isEqualTo("MetaLeft");
    }

    @Test
    void pressWithoutReleaseIsKeptAsIs() throws Exception {
        SessionLog log = importer.read(episode(), ImportOptions.defaults()).sessions().get(0).log();

        int lastKeyDown = -1;
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.KEY_DOWN) {
                lastKeyDown = i;
            }
            assertThat(log.kind(i) == EventKind.KEY_UP && "MetaLeft".equals(log.string(log.a(i)))).isFalse();
        }
        assertThat(log.string(log.a(lastKeyDown))).isEqualTo("MetaLeft");
        assertThat(log.kind(log.size() - 1)).isEqualTo(EventKind.POINTER_MOVE);
    }

    @Test
    void rightClickKeepsItsButton() throws Exception {
        SessionLog log = importer.read(episode(), ImportOptions.defaults()).sessions().get(0).log();

        List<PointerButton> downs = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            if (log.kind(i) == EventKind.BUTTON_DOWN) {
                downs.add(PointerButton.ofIndex(log.a(i)));
            }
        }
        assertThat(downs).containsExactly(PointerButton.LEFT, PointerButton.RIGHT);
    }

    @Test
    void acceptsEpisodeFoldersThatDuckTrackLeavesAlone() throws Exception {
        assertThat(importer.accepts(episode())).isTrue();
        assertThat(importer.accepts(episode().resolve("events.jsonl"))).isTrue();
        assertThat(new DuckTrackImporter().accepts(episode())).isFalse();
        assertThat(importer.accepts(dir)).isFalse();
    }

    @Test
    void brokenSideFilesWarnWithoutRevealingTitlesAndTheEventsStay() throws IOException {
        Files.writeString(dir.resolve("events.jsonl"), """
                {"time_stamp": 10.0, "action": "move", "x": 5, "y": 5, "event_idx": 0}
                {"time_stamp": 10.5, "action": "press", "name": "k", "pynput_key": "'k'", "event_idx": 1}
                """);
        Files.writeString(dir.resolve("top_window.jsonl"), """
                {"time_stamp": 10.2, "top_window_name": "slack", "window_title": "DM with Dana: salary talk"}
                {"top_window_name": "mail", "window_title": "Re: my diagnosis"}
                {"time_stamp": 10.4, "top_window_name":
                """);
        Files.writeString(dir.resolve("task_name.json"), "{\"description\": \"no name here\"}");

        ReadResult result = importer.read(dir, ImportOptions.defaults());

        ParsedSession session = result.sessions().get(0);
        assertThat(session.log().apps()).containsExactly("slack");
        assertThat(session.log().string(session.log().b(1))).isEqualTo("DM with Dana: salary talk");
        assertThat(session.info().suggestedInstruction()).isNull();
        assertThat(result.problems()).extracting(p -> p.file().getFileName().toString())
                .contains("top_window.jsonl", "task_name.json", "metadata.json");
        assertThat(result.problems()).allSatisfy(p -> assertThat(p.reason())
                .doesNotContain("diagnosis").doesNotContain("salary").doesNotContain("mail"));
    }

    @Test
    void anEpisodeThatNamesNoHostGetsAnUnassignedSubjectOfItsOwn() throws Exception {
        ParsedSession session = importer.read(episode(), ImportOptions.defaults()).sessions().get(0);

        assertThat(session.info().subject()).isEqualTo(SubjectIds.unassignedFor(session.info().id()));
    }
}
