package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;

/** A second Trailmark window on one workspace is told plainly and can still read, never corrupt. */
class LockTest {
    @TempDir
    Path dir;

    @Test
    void theSecondHolderInOneProcessIsRefusedUntilTheFirstLetsGo() {
        Path file = dir.resolve("ws.trailmark");
        try (WorkspaceLock first = WorkspaceLock.acquire(file)) {
            assertThat(WorkspaceLock.tryAcquire(file)).isEmpty();
            assertThatThrownBy(() -> WorkspaceLock.acquire(file))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("locked by another Trailmark window")
                    .hasMessageContaining("read-only");
            assertThat(first.lockFile().getFileName().toString()).isEqualTo("ws.trailmark.lock");
        }
        try (WorkspaceLock again = WorkspaceLock.tryAcquire(file).orElseThrow()) {
            assertThat(again.lockFile()).exists();
        }
    }

    @Test
    void anotherProcessHoldingTheLockRefusesUsAndItsDeathFreesIt() throws Exception {
        Path file = dir.resolve("ws.trailmark");
        ChildJvm child = ChildJvm.start(dir.resolve("holder-stderr.txt"), "64m", LockTestHolder.class, line -> { },
                file.toString());
        try {
            child.awaitReady();
            assertThatThrownBy(() -> WorkspaceLock.acquire(file))
                    .hasMessageContaining("locked by another Trailmark window");
        } finally {
            child.killAndDrain();
        }
        // A killed window leaves its lock file behind, but not its lock.
        Optional<WorkspaceLock> after = WorkspaceLock.tryAcquire(file);
        assertThat(after).isPresent();
        after.get().close();
    }

    @Test
    void aLockedWorkspaceOpensReadOnlyForTheSecondWindowAndRefusesItsWrites() {
        Path file = dir.resolve("ws.trailmark");
        try (WorkspaceLock lock = WorkspaceLock.acquire(file);
             Workspace first = Workspace.open(file)) {
            first.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
            first.review().replaceTasks("s-1", java.util.List.of(), java.util.List.of(Task.draft("s-1", 0, 100, "x", null, null)),
                    "add task", "ann");

            assertThat(WorkspaceLock.tryAcquire(file)).isEmpty();
            try (Workspace second = Workspace.openReadOnly(file)) {
                assertThat(second.isReadOnly()).isTrue();
                assertThat(second.review().tasks("s-1")).hasSize(1);
                assertThatThrownBy(() -> second.review().replaceTasks("s-1", java.util.List.of(),
                        java.util.List.of(Task.draft("s-1", 0, 50, "y", null, null)), "add task", "bob"))
                        .isInstanceOf(WorkspaceException.class)
                        .hasMessageContaining("read-only");
            }
            assertThat(first.review().tasks("s-1")).hasSize(1);
            assertThat(first.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void readOnlyOpeningNeedsAnExistingWorkspace() {
        assertThatThrownBy(() -> Workspace.openReadOnly(dir.resolve("missing.trailmark")))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("no workspace at");
    }
}
