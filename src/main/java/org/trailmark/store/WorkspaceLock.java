package org.trailmark.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Marks a workspace as open in one Trailmark window, so a second window can tell and open it
 * read-only instead of editing under the first one's feet.
 *
 * <p>The mark is an operating-system lock on {@code <workspace>.lock}, not the file's mere
 * existence: the lock vanishes with the process, so a crashed or killed window never leaves
 * the workspace locked. The lock file itself is left in place (deleting it would race with a
 * window that is just opening it). SQLite keeps the database itself sound either way; this lock
 * is about two people editing the same review at once.
 */
public final class WorkspaceLock implements AutoCloseable {
    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code workspaceFile}, or returns empty when another window holds it. */
    public static Optional<WorkspaceLock> tryAcquire(Path workspaceFile) {
        Path lockFile = lockFileOf(workspaceFile);
        FileChannel channel = null;
        try {
            // Beside the workspace and in the same folders, so owner-only like them.
            OwnerOnlyFiles.createParentFolders(lockFile);
            channel = OwnerOnlyFiles.openChannel(lockFile);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // held by another window in this very JVM
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            // The holder's process id, for a person wondering which program holds it.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
            return Optional.of(new WorkspaceLock(lockFile, channel, lock));
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("cannot lock workspace " + workspaceFile.toAbsolutePath().normalize()
                    + " (lock file " + lockFile + ")", e);
        }
    }

    /** Takes the lock or fails with {@link #lockedMessage}. */
    public static WorkspaceLock acquire(Path workspaceFile) {
        return tryAcquire(workspaceFile).orElseThrow(() -> new WorkspaceException(lockedMessage(workspaceFile)));
    }

    /** What to tell a person whose window found the workspace locked. */
    public static String lockedMessage(Path workspaceFile) {
        return "workspace " + workspaceFile.toAbsolutePath().normalize()
                + " is locked by another Trailmark window; it opens read-only here until that window is closed";
    }

    public static Path lockFileOf(Path workspaceFile) {
        Path path = workspaceFile.toAbsolutePath().normalize();
        return path.resolveSibling(path.getFileName() + ".lock");
    }

    public Path lockFile() {
        return lockFile;
    }

    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                lock.release();
            }
        } catch (IOException e) {
            // Closing the channel below releases it too.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
