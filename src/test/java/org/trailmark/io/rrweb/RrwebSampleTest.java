package org.trailmark.io.rrweb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.SessionLog;
import org.trailmark.privacy.FindingKind;
import org.trailmark.privacy.SessionScanner;
import org.trailmark.replay.TextGroup;
import org.trailmark.replay.TextReconstruction;

/** The bundled rrweb sample: up to date with its generator, and what importing it gives. */
class RrwebSampleTest {
    private static final Path SAMPLE = Path.of("sample-sessions", RrwebSample.FILE_NAME);

    @Test
    void theCommittedSampleIsWhatTheGeneratorWrites() throws IOException {
        assertThat(Files.readString(SAMPLE, StandardCharsets.UTF_8))
                .as("sample-sessions/%s is out of date: regenerate it with RrwebSample (see its comment)",
                        RrwebSample.FILE_NAME)
                .isEqualTo(RrwebSample.generate());
    }

    @Test
    void theSampleImportsAsAWebSessionWhoseScanFindsTheCardAndTheAddressButNotTheMaskedPassword() {
        ReadResult result = Importers.read(SAMPLE, ImportOptions.defaults());

        assertThat(result.hasErrors()).isFalse();
        ParsedSession session = result.sessions().get(0);
        SessionLog log = session.log();
        assertThat(session.info().sourceFormat()).isEqualTo("rrweb");
        assertThat(log.countsByKind().get(EventKind.FOCUS)).isEqualTo(3);
        assertThat(log.countsByKind().get(EventKind.WHEEL)).isPositive();
        List<String> texts = TextReconstruction.of(log).groups().stream()
                .map(g -> g.transcript().survivingText()).toList();
        assertThat(texts).contains("ana.lima@example.com", "***********", "trail running shoes", "Ana Lima",
                "4111 1111 1111 1111");
        List<FindingKind> found = SessionScanner.scan(log).findings().stream().map(f -> f.kind()).toList();
        assertThat(found).contains(FindingKind.EMAIL, FindingKind.PAYMENT_CARD).doesNotContain(FindingKind.PASSWORD);
        TextGroup password = TextReconstruction.of(log).groups().stream()
                .filter(g -> g.role() == org.trailmark.model.FieldRole.PASSWORD).findFirst().orElseThrow();
        assertThat(password.fieldLabel()).isEqualTo("password");
    }
}
