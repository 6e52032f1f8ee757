package org.trailmark.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.io.SessionImporter;
import org.trailmark.io.ducktrack.DuckTrackFolderWriter;
import org.trailmark.model.EventKind;

/** The AgentNet copy of the benchmark recording is what the AgentNet importer reads, with the same input events. */
class AgentNetLayoutTest {
    @TempDir
    Path dir;

    @Test
    void theConvertedRecordingIsSniffedAndReadAsAgentNetWithTheSameInputEvents() throws Exception {
        GeneratedSession generated = SessionGenerator.large(1, 5000);
        Path duckTrack = dir.resolve("ducktrack");
        DuckTrackFolderWriter.write(generated.info(), generated.log(), duckTrack);
        Path agentNet = dir.resolve("agentnet");

        AgentNetLayout.convert(duckTrack, agentNet);

        SessionImporter asDuckTrack = Importers.all().stream().filter(i -> i.accepts(duckTrack)).findFirst().orElseThrow();
        SessionImporter sniffed = Importers.all().stream().filter(i -> i.accepts(agentNet)).findFirst().orElseThrow();
        assertThat(sniffed.formatName()).isEqualTo("agentnet");
        ReadResult original = asDuckTrack.read(duckTrack, ImportOptions.defaults());
        ReadResult converted = sniffed.read(agentNet, ImportOptions.defaults());
        assertThat(converted.hasErrors()).isFalse();
        ParsedSession before = original.sessions().get(0);
        ParsedSession after = converted.sessions().get(0);
        for (EventKind kind : new EventKind[] {EventKind.POINTER_MOVE, EventKind.BUTTON_DOWN, EventKind.KEY_DOWN,
            EventKind.KEY_UP, EventKind.WHEEL}) {
            assertThat(count(after, kind)).as(kind.name()).isEqualTo(count(before, kind));
        }
        assertThat(count(after, EventKind.FOCUS)).as("top_window.jsonl").isPositive();
        assertThat(after.info().suggestedInstruction()).startsWith("Benchmark recording");
    }

    private static long count(ParsedSession session, EventKind kind) {
        long n = 0;
        for (int i = 0; i < session.log().size(); i++) {
            if (session.log().kind(i) == kind) {
                n++;
            }
        }
        return n;
    }
}
