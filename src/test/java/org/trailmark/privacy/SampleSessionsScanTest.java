package org.trailmark.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.generate.GeneratedSession;
import org.trailmark.generate.PlantedSecret;
import org.trailmark.generate.SampleSet;
import org.trailmark.generate.SecretKind;
import org.trailmark.generate.SessionGenerator;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ParsedSession;
import org.trailmark.io.ReadResult;

/** The scan over every sample session finds every planted value (planted.json) and nothing else. */
class SampleSessionsScanTest {
    private static List<GeneratedSession> samples;

    @BeforeAll
    static void generate() {
        samples = SessionGenerator.samples(SessionGenerator.DEFAULT_SEED);
    }

    private static void assertFound(List<Finding> found, PlantedSecret p, String session) {
        String kind = p.kind().wireName();
        assertThat(found).as("%s in %s", kind, session).anySatisfy(f -> {
            assertThat(f.kind().wireName()).isEqualTo(kind);
            // planted spans start at a Shift pressed for a capital; ours at the first key that typed
            assertThat(f.startMs()).isBetween(p.startMs(), p.startMs() + 500);
            assertThat(f.endMs()).isGreaterThan(p.endMs());
        });
    }

    @Test
    void everyPlantedSecretIsFoundWithItsKindOverItsKeysAndNothingElse() {
        int planted = 0;
        int findings = 0;
        for (GeneratedSession s : samples) {
            // names and addresses typed into the samples' forms are found too, but planted as no secret
            List<Finding> found = SessionScanner.scan(s.log()).findings().stream()
                    .filter(f -> f.kind() != FindingKind.PERSON_NAME && f.kind() != FindingKind.POSTAL_ADDRESS).toList();
            findings += found.size();
            for (PlantedSecret p : s.planted()) {
                if (p.kind() != SecretKind.PRIVATE_CHAT) {
                    assertFound(found, p, s.info().id());
                    planted++;
                }
            }
        }
        assertThat(findings).isEqualTo(planted);
    }

    @Test
    void theCheckoutFormsNameAndAddressAreFoundAsPersonalData() {
        GeneratedSession checkout = samples.stream().filter(s -> s.info().id().contains("checkout")).findFirst()
                .orElseThrow();

        List<Finding> found = SessionScanner.scan(checkout.log()).findings();

        assertThat(found).filteredOn(f -> f.kind() == FindingKind.PERSON_NAME).hasSize(1);
        assertThat(found).filteredOn(f -> f.kind() == FindingKind.POSTAL_ADDRESS).hasSize(1);
        assertThat(found).filteredOn(f -> f.kind() == FindingKind.PERSON_NAME || f.kind() == FindingKind.POSTAL_ADDRESS)
                .allSatisfy(f -> assertThat(f.kind().category()).isEqualTo(org.trailmark.model.FlagCategory.PERSONAL_DATA));
    }

    @Test
    void withoutFieldContextTheWebmailPasswordIsStillInferred(@TempDir Path dir) throws IOException {
        SampleSet.write(dir, SessionGenerator.DEFAULT_SEED, SampleSet.DUCKTRACK);
        GeneratedSession webmail = samples.get(0);
        Path folder;
        try (Stream<Path> files = Files.list(dir)) {
            folder = files.filter(p -> p.getFileName().toString().startsWith(webmail.info().id())).findFirst()
                    .orElseThrow();
        }
        ReadResult read = Importers.read(folder, ImportOptions.defaults());
        ParsedSession session = read.sessions().get(0);
        List<Finding> found = SessionScanner.scan(session.log()).findings();
        PlantedSecret password = webmail.planted().stream().filter(p -> p.kind() == SecretKind.PASSWORD)
                .findFirst().orElseThrow();
        assertThat(found).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.PASSWORD);
            assertThat(f.origin()).isEqualTo(Finding.Origin.TYPED);
            assertThat(f.startMs()).isLessThan(password.endMs() + 1000);
            assertThat(f.endMs()).isGreaterThan(password.startMs());
        });
    }
}
