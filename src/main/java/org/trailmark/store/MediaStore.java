package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The screen media files of a workspace: a folder beside the workspace file
 * ({@code <workspace>.media/}, owner-only) holding each file once, named by the SHA-256 of its bytes
 * and its extension ({@code <sha256>.mp4}, {@code <sha256>.png}). The same recording imported twice,
 * or two sessions citing one video, share one file. Rows in the workspace say which session uses which
 * file; files nothing uses any more are overwritten before they are deleted, so erasing a session
 * leaves none of its pictures in the folder. On a team workspace the same kind of folder is this
 * computer's cache of what the database holds ({@link JdbcMedia}, decision 0027).
 */
public final class MediaStore {
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{64}\\.[a-z0-9]{1,8}");
    private static final int COPY_BUFFER = 1 << 16;
    private final Path folder;

    MediaStore(Path workspaceFile) {
        this(workspaceFile.resolveSibling(workspaceFile.getFileName() + ".media"), true);
    }

    private MediaStore(Path folder, boolean unused) {
        this.folder = folder;
    }

    /** A store whose files lie directly in {@code folder} (a team workspace's cache on this computer). */
    static MediaStore inFolder(Path folder) {
        return new MediaStore(folder, true);
    }

    /** The folder; it may not exist yet. */
    public Path folder() {
        return folder;
    }

    /** A file stored: its content hash and where it now lies. */
    public record StoredFile(String sha256, Path path, long bytes) {
    }

    /**
     * Copies a file into the store (hashing it on the way), unless a file with the same content is
     * already there. The copy is written to a temporary name and moved into place, so a crash leaves
     * either nothing or a whole file.
     */
    public StoredFile store(Path source) throws IOException {
        try (InputStream in = Files.newInputStream(source)) {
            return store(in, extensionOf(source));
        }
    }

    /**
     * Stores the bytes a stream gives (a picture kept inside a recorder's database) under the
     * extension given, like {@link #store(Path)}; the caller closes the stream.
     */
    public StoredFile store(InputStream in, String extensionWanted) throws IOException {
        OwnerOnlyFiles.createFolders(folder);
        String extension = extensionWanted != null && extensionWanted.matches("[a-z0-9]{1,8}") ? extensionWanted : "bin";
        Path temporary = Files.createTempFile(folder, ".incoming-", ".part");
        OwnerOnlyFiles.restrict(temporary);
        MessageDigest digest = sha256();
        long bytes = 0;
        try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[COPY_BUFFER];
            int read;
            while ((read = in.read(buffer)) > 0) {
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                bytes += read;
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        String sha = HexFormat.of().formatHex(digest.digest());
        Path target = folder.resolve(sha + "." + extension);
        if (Files.exists(target)) {
            Files.delete(temporary);
        } else {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return new StoredFile(sha, target, bytes);
    }

    /** The stored file with this content hash, if there is one. */
    public Optional<Path> find(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}") || !Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, sha256 + ".*")) {
            for (Path file : files) {
                if (STORED_NAME.matcher(file.getFileName().toString()).matches()) {
                    return Optional.of(file);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Destroys every stored file (and left-over partial copy) whose hash is not in {@code keep}:
     * overwritten with zeros, flushed, then deleted. Returns how many files went.
     */
    public int removeAllBut(Set<String> keep) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> doomed = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                boolean stored = STORED_NAME.matcher(name).matches();
                boolean partial = name.startsWith(".incoming-");
                if (partial || (stored && !keep.contains(name.substring(0, 64)))) {
                    doomed.add(file);
                }
            }
        }
        for (Path file : doomed) {
            shred(file);
        }
        return doomed.size();
    }

    /** Overwrites a file's bytes before deleting it, so the folder keeps nothing of it. */
    static void shred(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                long size = channel.size();
                ByteBuffer zeros = ByteBuffer.allocate(COPY_BUFFER);
                long written = 0;
                while (written < size) {
                    zeros.clear();
                    zeros.limit((int) Math.min(COPY_BUFFER, size - written));
                    written += channel.write(zeros, written);
                }
                channel.force(true);
            }
        }
        Files.deleteIfExists(file);
    }

    /** The stored name's extension for a file: its own, lower-cased, when it is 1–8 letters or digits, else "bin". */
    static String extensionOf(Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return extension.matches("[a-z0-9]{1,8}") ? extension : "bin";
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
