package org.trailmark.io.screenpipe;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;

/** The bundled screenpipe sample is what its generator makes, and imports as one session. */
class ScreenpipeSampleTest {
    private static final Path SAMPLE = Path.of("sample-sessions/screenpipe-invoice-payment");

    @TempDir
    Path dir;

    private static List<String> describe(SessionLog log) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < log.size(); i++) {
            out.add(log.time(i) + " " + log.kind(i).wireName() + " " + log.x(i) + "," + log.y(i) + " "
                    + (log.kind(i) == EventKind.CLIPBOARD || log.kind(i).isPointer() ? log.a(i) + "," + log.b(i)
                    : log.string(log.a(i)) + "," + log.string(log.b(i))));
        }
        return out;
    }

    @Test
    void theSampleFolderImportsAsOneScreenpipeSessionWithClipboardLengthsOnly() {
        ReadResult result = Importers.read(SAMPLE, ImportOptions.defaults());

        assertThat(result.hasErrors()).isFalse();
        ParsedSession session = result.sessions().get(0);
        assertThat(result.sessions()).hasSize(1);
        assertThat(session.info().sourceFormat()).isEqualTo("screenpipe");
        assertThat(session.info().subject()).startsWith("host-");
        SessionLog log = session.log();
        assertThat(log.countOf(EventKind.CLIPBOARD)).isEqualTo(2);
        assertThat(log.countOf(EventKind.FOCUS)).isGreaterThanOrEqualTo(5);
        assertThat(log.strings()).noneMatch(s -> s.contains("DE89"));
    }

    @Test
    void theSampleIsWhatTheGeneratorWrites() throws Exception {
        Path fresh = dir.resolve("db.sqlite");
        ScreenpipeSample.write(fresh);

        ScreenpipeImporter importer = new ScreenpipeImporter();
        SessionLog committed = importer.read(SAMPLE, ImportOptions.defaults()).sessions().get(0).log();
        SessionLog generated = importer.read(fresh, ImportOptions.defaults()).sessions().get(0).log();

        assertThat(describe(committed)).containsExactlyElementsOf(describe(generated));
    }
}
