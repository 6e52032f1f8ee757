package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.store.Backend;
import org.trailmark.store.Workspace;

/**
 * The leak-free export holds on a team workspace as on a file: the same redacted dataset, no planted value
 * in any written file, and the verifier (with the workspace's flagged values) finds nothing.
 */
class ExportOnBothBackendsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void plantedValuesSurviveInNoWrittenFileAndTheVerifierAgrees(Backend backend) throws IOException {
        Path out = dir.resolve("out-" + backend);
        try (Workspace ws = backend.open(dir)) {
            ExportFixtures.addApprovedSession(ws, "s1", "alice");
            ExportFixtures.addApprovedSession(ws, "s2", "bob");

            ExportResult result = new Exporter(ws, ExportOptions.defaults("test").withSeed(42)).run(out);

            assertThat(result.problems()).isEmpty();
            assertThat(ExportVerifier.verifyFolder(ws, out)).isEmpty();
        }
        String all = allText(out);
        assertThat(all).doesNotContain(ExportFixtures.FLAGGED_TYPING, ExportFixtures.PASSWORD, ExportFixtures.EMAIL,
                ExportFixtures.FLAGGED_TITLE, "alice", "bob");
        assertThat(all).contains(ExportFixtures.PLAIN_TEXT, "redacted");
    }

    private static String allText(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                text.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return text.toString();
    }
}
