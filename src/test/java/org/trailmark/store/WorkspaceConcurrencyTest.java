package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.SessionLog;

class WorkspaceConcurrencyTest {
    @TempDir
    Path dir;

    @Test
    void twoThreadsAddingTheSameSessionStoreItOnce() throws Exception {
        SessionLog log = SyntheticSessions.r1Like(70_000, 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Workspace workspace = Workspace.open(dir.resolve("w.trailmark"))) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<AddOutcome> add = () -> {
                start.await();
                return workspace.sessions().add(SyntheticSessions.info("same", "alice"), log, null, "t");
            };
            List<Future<AddOutcome>> results = new ArrayList<>(List.of(pool.submit(add), pool.submit(add)));
            start.countDown();

            List<AddOutcome> outcomes = new ArrayList<>();
            for (Future<AddOutcome> f : results) {
                outcomes.add(f.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(AddOutcome.ADDED, AddOutcome.ALREADY_PRESENT);
            assertThat(workspace.audit().entries("same")).hasSize(1);
            LogAssertions.assertSameEvents(workspace.sessions().loadLog("same"), log);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoWorkspacesOnOneFileSeeEachOthersImports() {
        Path file = dir.resolve("shared.trailmark");
        try (Workspace studio = Workspace.open(file); Workspace cli = Workspace.open(file)) {
            cli.sessions().add(SyntheticSessions.info("from-cli", "alice"), SyntheticSessions.r1Like(100, 1), null, "cli");

            assertThat(studio.sessions().contains("from-cli")).isTrue();
            assertThat(studio.sessions().add(SyntheticSessions.info("from-cli", "alice"), SyntheticSessions.r1Like(100, 1),
                    null, "studio")).isEqualTo(AddOutcome.ALREADY_PRESENT);
        }
    }

    @Test
    void aWriterHoldingTheFileMakesImportsFailWithAPlainMessage() throws Exception {
        Path file = dir.resolve("busy.trailmark");
        Workspace.open(file).close();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = other.createStatement();
             Workspace workspace = Workspace.open(file, 200)) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO subjects (id, first_seen) VALUES ('x', 'now')");

            assertThatThrownBy(() -> workspace.sessions().add(SyntheticSessions.info("s", "alice"),
                    SyntheticSessions.r1Like(100, 1), null, "t"))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("workspace " + file + " is locked by another program");
            s.execute("ROLLBACK");
            assertThat(workspace.sessions().add(SyntheticSessions.info("s", "alice"), SyntheticSessions.r1Like(100, 1),
                    null, "t")).isEqualTo(AddOutcome.ADDED);
        }
    }
}
