package org.trailmark.io.openadapt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.Problem;
import org.trailmark.io.ReadResult;
import org.trailmark.model.EventKind;
import org.trailmark.model.MediaKind;

/** The bundled OpenAdapt sample is what {@link OpenAdaptSample} writes, small, and imports cleanly. */
class OpenAdaptSampleTest {
    private static final Path BUNDLED = Path.of("sample-sessions", OpenAdaptSample.FOLDER);

    @TempDir
    Path dir;

    @Test
    void theBundledSampleIsTheGeneratorsOutput() throws Exception {
        Path written = OpenAdaptSample.write(dir.resolve(OpenAdaptSample.FOLDER));

        ParsedSession fresh = read(written);
        ParsedSession bundled = read(BUNDLED);

        assertThat(OpenAdaptImporterTest.lines(bundled.log())).isEqualTo(OpenAdaptImporterTest.lines(fresh.log()));
        assertThat(bundled.info().id()).isEqualTo(fresh.info().id());
        assertThat(bundled.info().suggestedInstruction()).isEqualTo("Turn on Do Not Disturb in System Settings");
    }

    @Test
    void theSampleIsSmallAndImportsWithNothingButItsUnassignedPerson() throws Exception {
        long bytes;
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        assertThat(bytes).isLessThan(300 * 1024);
        assertThat(BUNDLED.resolve("SOURCE.md")).exists();

        ReadResult result = Importers.read(BUNDLED, ImportOptions.defaults());

        assertThat(result.problems()).filteredOn(p -> !p.isNote()).extracting(Problem::reason)
                .singleElement().asString().startsWith("OpenAdapt records no host or person");
        ParsedSession session = result.sessions().get(0);
        assertThat(session.log().countsByKind()).containsKeys(EventKind.POINTER_MOVE, EventKind.BUTTON_DOWN,
                EventKind.KEY_DOWN, EventKind.FOCUS);
        assertThat(session.log().apps()).contains("System Settings", "Finder");
        assertThat(session.media()).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(MediaKind.IMAGES);
            assertThat(m.stills()).hasSize(4);
        });
    }

    private static ParsedSession read(Path folder) {
        return new OpenAdaptImporter().read(folder, ImportOptions.defaults()).sessions().get(0);
    }
}
