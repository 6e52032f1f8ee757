package org.trailmark.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * Creates files and folders that only their owner can read ({@code rw-------}, folders
 * {@code rwx------}), for everything Trailmark writes that holds what people typed or did.
 *
 * <p>Java cannot set a process umask, so each file is created with its mode from the start
 * (never created open and narrowed later, which would leave a moment in which others could open
 * it) and then set exactly, because a umask can only take bits away. On a file system without
 * POSIX permissions (e.g. FAT, Windows) files are created plainly: the platform's own access
 * rules apply there.
 */
public final class OwnerOnlyFiles {
    public static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {
    }

    /**
     * Creates {@code folder} and its missing parents; the folders it creates are owner-only, the
     * ones that already existed are left as they are (they may be the person's home or a shared
     * place they chose).
     */
    public static void createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new FileAlreadyExistsException(absolute + " exists and is not a folder");
        }
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            boolean posix = supportsPosix(next);
            try {
                if (posix) {
                    Files.createDirectory(next, PosixFilePermissions.asFileAttribute(FOLDER_MODE));
                    Files.setPosixFilePermissions(next, FOLDER_MODE);
                } else {
                    Files.createDirectory(next);
                }
            } catch (FileAlreadyExistsException e) {
                // Another program made it meanwhile: fine if it is a folder, an error otherwise.
                if (!Files.isDirectory(next)) {
                    throw e;
                }
            }
        }
    }

    /** Creates the parent folders of {@code file} as {@link #createFolders} does. */
    public static void createParentFolders(Path file) throws IOException {
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            createFolders(parent);
        }
    }

    /**
     * Creates {@code file} empty and owner-only unless it exists.
     *
     * @return true when this call created it
     */
    public static boolean createFileIfMissing(Path file) throws IOException {
        try {
            if (supportsPosix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE_MODE));
                Files.setPosixFilePermissions(file, FILE_MODE);
            } else {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        }
    }

    /**
     * Opens {@code file} for writing from the start, creating it owner-only; an existing file is
     * made owner-only before anything is written to it.
     */
    public static OutputStream newOutputStream(Path file) throws IOException {
        if (!createFileIfMissing(file)) {
            restrict(file);
        }
        return Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    /**
     * Opens {@code file} for writing without truncating it, creating it owner-only; an existing
     * file is made owner-only first.
     */
    public static FileChannel openChannel(Path file) throws IOException {
        if (!createFileIfMissing(file)) {
            restrict(file);
        }
        return FileChannel.open(file, StandardOpenOption.WRITE);
    }

    /** What {@link #replaceWhole} writes into the new file. */
    @FunctionalInterface
    public interface Content<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * Writes a new owner-only file beside {@code file} and moves it into place, so an existing file is
     * replaced whole or not at all: a failed write never leaves half a file where a good one was.
     * Folders it has to make are owner-only; the temporary file is created rw------- on POSIX and keeps
     * that mode through the move.
     *
     * @return what {@code content} returned
     */
    public static <T> T replaceWhole(Path file, Content<T> content) throws IOException {
        Path target = file.toAbsolutePath();
        createParentFolders(target);
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
        try {
            T result;
            try (OutputStream out = Files.newOutputStream(temp)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return result;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code bytes} to {@code file} as {@link #newOutputStream} opens it. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = newOutputStream(file)) {
            out.write(bytes);
        }
    }

    /**
     * Makes an existing file owner-only; a missing file is skipped. A file another account owns
     * cannot be changed by us and is left as it is: refusing to open it would not protect it.
     */
    public static void restrict(Path file) {
        if (!Files.isRegularFile(file) || !supportsPosix(file)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(FILE_MODE)) {
                Files.setPosixFilePermissions(file, FILE_MODE);
            }
        } catch (IOException e) {
            // Not ours to change (another owner), or it vanished meanwhile: it stays usable as it is.
        }
    }

    /** True when the file system holding {@code path} (or its nearest existing folder) has POSIX modes. */
    static boolean supportsPosix(Path path) {
        Path existing = path.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        try {
            return Files.getFileStore(existing).supportsFileAttributeView(PosixFileAttributeView.class);
        } catch (IOException e) {
            return false;
        }
    }
}
