package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test: a child JVM imports sessions in a loop and is killed (SIGKILL) at
 * seeded random moments, several times over the same workspace. Afterwards the file must be
 * sound, every acknowledged import complete, and no import half-present ({@link KillRounds}).
 */
class WorkspaceKillTest {

    @TempDir
    Path dir;

    @Test
    void killedImportsLeaveOnlyWholeSessionsAndKeepEveryAcknowledgedOne() throws Exception {
        var acknowledged = new KillRounds(dir, KillTestImporter.class, 6, 20_250_314L, 200_000).runAndCheck();
        assertThat(acknowledged).as("imports acknowledged in the later rounds").hasSizeGreaterThanOrEqualTo(3);
    }
}
