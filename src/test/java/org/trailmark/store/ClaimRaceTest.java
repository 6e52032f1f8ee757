package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two labelers press Ctrl+N at the same moment, each through their own connection to one SQLite file:
 * they never get the same session, and between them they get the oldest ones.
 */
class ClaimRaceTest {
    private static final int SESSIONS = 24;

    @TempDir
    Path dir;

    @Test
    void twoLabelersAskingAtOnceNeverGetTheSameSession() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        try (Workspace w = Workspace.open(file)) {
            for (int i = 0; i < SESSIONS; i++) {
                w.sessions().add(SyntheticSessions.info(String.format("s-%02d", i), "subject-" + i),
                        SyntheticSessions.r1Like(20, i), null, "t");
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (Workspace ana = Workspace.open(file); Workspace ben = Workspace.open(file)) {
            List<String> given = new ArrayList<>();
            for (int round = 0; round < SESSIONS / 2; round++) {
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Optional<Claim>> a = threads.submit(() -> {
                    together.await();
                    return ana.assignments().next("ana-" + given.size());
                });
                Future<Optional<Claim>> b = threads.submit(() -> {
                    together.await();
                    return ben.assignments().next("ben-" + given.size());
                });
                given.add(a.get().orElseThrow().session().id());
                given.add(b.get().orElseThrow().session().id());
            }

            Set<String> distinct = new HashSet<>(given);
            assertThat(distinct).hasSize(SESSIONS);
            assertThat(ana.assignments().next("late")).isEmpty();
        } finally {
            threads.shutdownNow();
        }
    }
}
