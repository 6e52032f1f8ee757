package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trailmark.model.Task;

/** The workspace and every file beside it hold what people typed: nobody but their owner may read them. */
class OwnerOnlyWorkspaceFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(FileModes.posix(dir), "modes exist on POSIX file systems only");
    }

    @Test
    void aNewWorkspaceItsFoldersAndEveryFileBesideItAreOwnerOnlyThroughImportEditAndErasure() throws IOException {
        Path folder = dir.resolve("team").resolve("reviews");
        Path file = folder.resolve("ws.trailmark");
        try (WorkspaceLock lock = WorkspaceLock.acquire(file); Workspace ws = Workspace.open(file)) {
            ws.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(5_000, 1), null, "t");
            ws.sessions().add(SyntheticSessions.info("s-2", "subject-1"), SyntheticSessions.r1Like(5_000, 2), null, "t");
            ws.review().replaceTasks("s-1", List.of(), List.of(Task.draft("s-1", 0, 100, "typed secret", null, null)),
                    "add task", "ann");

            assertThat(modes(folder)).containsOnlyKeys("ws.trailmark", "ws.trailmark-wal", "ws.trailmark-shm",
                    "ws.trailmark.lock").allSatisfy((name, mode) -> assertThat(mode).as(name).isEqualTo("rw-------"));
            assertThat(FileModes.mode(folder)).isEqualTo("rwx------");
            assertThat(FileModes.mode(dir.resolve("team"))).isEqualTo("rwx------");

            // Erasure rebuilds the file (VACUUM) and empties the log: the rebuilt files keep the mode.
            ws.erasure().erase(List.of("s-2"), "t");
            assertThat(modes(folder)).isNotEmpty().allSatisfy((name, mode) -> assertThat(mode).as(name)
                    .isEqualTo("rw-------"));
        }
        assertThat(modes(folder)).containsKeys("ws.trailmark", "ws.trailmark.lock")
                .allSatisfy((name, mode) -> assertThat(mode).as(name).isEqualTo("rw-------"));
    }

    @Test
    void filesAnOlderVersionLeftReadableAreNarrowedWhenTheWorkspaceIsOpened() throws IOException {
        Path file = dir.resolve("old.trailmark");
        try (WorkspaceLock lock = WorkspaceLock.acquire(file); Workspace ws = Workspace.open(file)) {
            ws.sessions().add(SyntheticSessions.info("s-1", "subject-0"), SyntheticSessions.r1Like(500, 1), null, "t");
        }
        Path lockFile = WorkspaceLock.lockFileOf(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(lockFile, PosixFilePermissions.fromString("rw-r--r--"));

        try (Workspace ws = Workspace.openExisting(file)) {
            assertThat(FileModes.mode(file)).isEqualTo("rw-------");
            assertThat(FileModes.mode(lockFile)).isEqualTo("rw-------");
            assertThat(modes(dir)).allSatisfy((name, mode) -> assertThat(mode).as(name).isEqualTo("rw-------"));
        }
    }

    @Test
    void theLockFileIsOwnerOnlyEvenWhenTakenBeforeTheWorkspaceExists() throws IOException {
        Path file = dir.resolve("new").resolve("ws.trailmark");
        try (WorkspaceLock lock = WorkspaceLock.acquire(file)) {
            assertThat(FileModes.mode(lock.lockFile())).isEqualTo("rw-------");
            assertThat(FileModes.mode(dir.resolve("new"))).isEqualTo("rwx------");
        }
    }

    @Test
    void onlyTheFoldersItCreatesAreOwnerOnly() throws IOException {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));

        OwnerOnlyFiles.createFolders(shared.resolve("a").resolve("b"));

        assertThat(FileModes.mode(shared)).isEqualTo("rwxr-xr-x");
        assertThat(FileModes.mode(shared.resolve("a"))).isEqualTo("rwx------");
        assertThat(FileModes.mode(shared.resolve("a").resolve("b"))).isEqualTo("rwx------");
    }

    @Test
    void aFileWrittenOverIsMadeOwnerOnlyBeforeItsNewContent() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.json"), "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));

        OwnerOnlyFiles.write(file, "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(FileModes.mode(file)).isEqualTo("rw-------");
        assertThat(file).hasContent("new");
    }

    @Test
    void openingAnExistingWorkspaceCreatesNothingWhereThereIsNone() throws IOException {
        Path missing = dir.resolve("nowhere").resolve("ws.trailmark");
        assertThatThrownBy(() -> Workspace.openExisting(missing))
                .isInstanceOf(NoWorkspaceException.class)
                .hasMessage("no workspace at " + missing);
        assertThat(dir).isEmptyDirectory();

        Path empty = Files.createFile(dir.resolve("empty.trailmark"));
        assertThatThrownBy(() -> Workspace.openExisting(empty)).isInstanceOf(NoWorkspaceException.class);
        assertThat(modes(dir)).containsOnlyKeys("empty.trailmark");
        assertThat(empty).isEmptyFile();
    }

    /** Name to mode of every entry in {@code folder}. */
    private static Map<String, String> modes(Path folder) throws IOException {
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path p : entries.toList()) {
                modes.put(p.getFileName().toString(), FileModes.mode(p));
            }
        }
        return modes;
    }
}
