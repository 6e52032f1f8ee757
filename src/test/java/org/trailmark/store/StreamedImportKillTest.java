package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test of imports stored while they are read ({@link Workspace#addStreamedSession}): a
 * child JVM streams sessions in a loop and is killed (SIGKILL) at seeded random moments. Chunks go
 * in before their session row (foreign keys checked at commit), so the check that matters most is
 * that no chunk outlives a killed import ({@link KillRounds}).
 */
class StreamedImportKillTest {

    @TempDir
    Path dir;

    @Test
    void killedStreamedImportsLeaveOnlyWholeSessionsAndNoLooseChunk() throws Exception {
        var acknowledged = new KillRounds(dir, StreamedKillTestImporter.class, 4, 20_261_205L, 200_000).runAndCheck();
        assertThat(acknowledged).as("imports acknowledged in the later rounds").hasSizeGreaterThanOrEqualTo(2);
    }
}
