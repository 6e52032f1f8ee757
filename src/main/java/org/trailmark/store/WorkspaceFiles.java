package org.trailmark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files one workspace is made of on disk: the SQLite database, the files SQLite keeps beside
 * it (write-ahead log, shared-memory index, rollback journal) and the window lock. All of them
 * hold, or may hold, what people typed, so all are owner-only.
 *
 * <p>SQLite creates its own files with the database file's mode, so creating the database file
 * owner-only before SQLite first opens it is what makes the others owner-only too. Files left
 * readable by an older Trailmark are narrowed when the workspace is next opened for writing.
 */
final class WorkspaceFiles {
    private static final List<String> SQLITE_SUFFIXES = List.of("-wal", "-shm", "-journal");

    private WorkspaceFiles() {
    }

    /** The database, SQLite's files beside it and the lock file, whether they exist or not. */
    static List<Path> of(Path workspace) {
        Path path = workspace.toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        files.add(path);
        for (String suffix : SQLITE_SUFFIXES) {
            files.add(path.resolveSibling(path.getFileName() + suffix));
        }
        files.add(WorkspaceLock.lockFileOf(path));
        return files;
    }

    /** True when {@code file} is a non-empty file, i.e. something may be a workspace there. */
    static boolean existsAt(Path file) {
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Before SQLite opens {@code workspace} for writing: creates missing folders and the empty
     * database file owner-only, and narrows the existing files of the workspace to owner-only.
     */
    static void prepareForWriting(Path workspace) {
        try {
            OwnerOnlyFiles.createParentFolders(workspace);
            OwnerOnlyFiles.createFileIfMissing(workspace);
        } catch (IOException e) {
            throw new WorkspaceException("cannot create workspace " + workspace, e);
        }
        restrictExisting(workspace);
    }

    /** Narrows every existing file of the workspace to owner-only. */
    static void restrictExisting(Path workspace) {
        for (Path file : of(workspace)) {
            OwnerOnlyFiles.restrict(file);
        }
    }
}
