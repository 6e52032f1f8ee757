package org.trailmark.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.trailmark.store.Backend;
import org.trailmark.store.FileModes;
import org.trailmark.store.Workspace;

/**
 * A session's video imported on one computer plays, exports and verifies on another: a workspace file
 * carries its media folder, a team workspace serves the bytes from the database into the second
 * computer's own, empty cache.
 */
class ScreenMediaOnTwoComputersTest {
    private static final ScreenMasking MASKS = ScreenMasking.standard();
    private static Path video;

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    @TempDir
    Path otherComputer;

    @BeforeAll
    static void makeVideo() throws Exception {
        video = ScreenFixtures.video(shared);
    }

    @ParameterizedTest
    @MethodSource("org.trailmark.store.Backend#both")
    void theSecondComputerGetsTheSameBytesAndExportsAndVerifiesScreens(Backend backend) throws IOException {
        Workspace[] two = backend.openOnTwoComputers(dir, otherComputer);
        Path out = dir.resolve("out-" + backend);
        try (Workspace first = two[0]; Workspace second = two[1]) {
            ScreenFixtures.addSession(first, "v1", "alice", video);
            String sha = second.media().ofSession("v1").get(0).sha256();

            Path there = second.media().file(sha).orElseThrow();

            assertThat(Files.readAllBytes(there)).isEqualTo(Files.readAllBytes(video));
            if (second.isTeam()) {
                assertThat(there).startsWith(otherComputer);
                if (FileModes.posix(there)) {
                    assertThat(FileModes.mode(there)).isEqualTo(FileModes.OWNER_ONLY_FILE);
                    assertThat(FileModes.mode(there.getParent())).isEqualTo(FileModes.OWNER_ONLY_FOLDER);
                }
            }
            ExportOptions withScreens = ExportOptions.defaults("test").withSeed(42).withScreens(true, 500);
            assertThat(new Exporter(second, withScreens, MASKS).run(out).problems()).isEmpty();
            assertThat(ExportVerifier.verifyFolder(second, out, MASKS)).isEmpty();
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png"))).as("observation pictures").isNotEmpty();
        }
    }
}
