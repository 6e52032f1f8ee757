package org.trailmark.io.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.trailmark.io.ImportOptions;
import org.trailmark.io.Importers;
import org.trailmark.io.ReadResult;

/**
 * Issue 11 item 6 as a property: a single corrupted time stamp anywhere in a real recording loses
 * at most one event. A prefix of the DuckTrack example keeps each try fast.
 */
class OneBadTimeStampProperties {
    private static final int LINES = 2500;
    private static List<String> original;
    private static int intact;
    private static Path scratch;

    /** Which line (1-based) and what is done to its time stamp. */
    record Damage(int line, int digit, char newDigit, double replacement, boolean replaceWhole) {
        String apply(String ts) {
            if (replaceWhole) {
                return Double.toString(replacement);
            }
            int[] digits = ts.chars().filter(Character::isDigit).toArray();
            int position = -1;
            int seen = -1;
            for (int i = 0; i < ts.length() && position < 0; i++) {
                if (Character.isDigit(ts.charAt(i)) && ++seen == digit % digits.length) {
                    position = i;
                }
            }
            return ts.substring(0, position) + newDigit + ts.substring(position + 1);
        }
    }

    @BeforeContainer
    static void readOriginal() throws IOException {
        original = RecordingCopies.eventLines(RecordingCopies.DUCKTRACK).subList(0, LINES);
        scratch = Files.createTempDirectory("one-bad-time-stamp");
        Path folder = RecordingCopies.copy(RecordingCopies.DUCKTRACK, scratch.resolve("intact"), original);
        intact = events(folder);
        delete(folder);
    }

    @AfterContainer
    static void removeScratch() throws IOException {
        try (Stream<Path> folders = Files.list(scratch)) {
            for (Path folder : folders.toList()) {
                delete(folder);
            }
        }
        Files.delete(scratch);
    }

    /** Deletes a recording copy: a folder of plain files. */
    private static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static int events(Path folder) {
        ReadResult result = Importers.read(folder, ImportOptions.defaults());
        return result.sessions().isEmpty() ? 0 : result.sessions().get(0).log().size();
    }

    @Provide
    Arbitrary<Damage> damages() {
        return Combinators.combine(Arbitraries.integers().between(1, LINES), Arbitraries.integers().between(0, 30),
                        Arbitraries.chars().range('0', '9'), Arbitraries.doubles().between(0, 1e9),
                        Arbitraries.of(true, false))
                .as(Damage::new);
    }

    @Property(tries = 60)
    void oneCorruptedTimeStampLosesAtMostThatEvent(@ForAll("damages") Damage damage) throws IOException {
        List<String> lines = RecordingCopies.changeLine(original, damage.line(), damage::apply);
        Path folder = Files.createTempDirectory(scratch, "try");
        int kept;
        try {
            kept = events(RecordingCopies.copy(RecordingCopies.DUCKTRACK, folder, lines));
        } finally {
            delete(folder);
        }

        assertThat(kept).isGreaterThanOrEqualTo(intact - 1);
    }
}
