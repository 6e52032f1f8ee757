package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;
import org.sqlite.util.OSInfo;

/**
 * Points sqlite-jdbc at a copy of its native library kept in the per-user cache folder. Left to
 * itself the driver extracts the library into the temp folder on every start, reads it back to
 * compare and checksums it (tens of milliseconds of a command that may take half a second in all),
 * and every process killed before exit leaves its copy behind in /tmp.
 *
 * <p>The copy is made once per driver version and platform, by writing a temporary file and
 * renaming it, so a reader never sees a half-written library. It is used only from a folder that
 * belongs to this user and that nobody else may write (a library is code). Anything unexpected
 * falls back to the driver's own extraction.
 */
final class SqliteNativeLibrary {
    /** Overrides the cache folder (tests). */
    static final String CACHE_PROPERTY = "trailmark.cacheDir";

    private static boolean prepared;

    private SqliteNativeLibrary() {
    }

    /** Makes the driver load the cached copy; call before the first connection. Never throws. */
    static synchronized void prepare() {
        if (prepared) {
            return;
        }
        prepared = true;
        if (System.getProperty("org.sqlite.lib.path") != null) {
            return; // someone chose a library already
        }
        try {
            Path library = cachedCopy(cacheRoot(System.getenv(), System.getProperty("os.name", ""),
                    Path.of(System.getProperty("user.home", "."))));
            if (library != null) {
                System.setProperty("org.sqlite.lib.path", library.getParent().toString());
                System.setProperty("org.sqlite.lib.name", library.getFileName().toString());
                // The driver lists its temp folder at every start to delete other processes' copies;
                // the cache folder holds none, so that listing is one entry instead of all of /tmp.
                System.setProperty("org.sqlite.tmpdir", library.getParent().toString());
            }
        } catch (IOException | RuntimeException e) {
            // the driver extracts its own copy, as it always did
        }
    }

    /** The cached library, made if missing; null when there is no library for this platform or no safe place. */
    static Path cachedCopy(Path cacheRoot) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        String folder = platformFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
        String resource = folder != null ? "/org/sqlite/native/" + folder + "/" + name
                : LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        URL url = SQLiteJDBCLoader.class.getResource(resource);
        if (url == null) {
            return null;
        }
        String platform = resource.replace("/org/sqlite/native/", "").replace('/', '-')
                .replace("-" + name, "").toLowerCase(Locale.ROOT);
        Path cache = cacheRoot.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-" + platform);
        OwnerOnlyFiles.createFolders(cache);
        if (!onlyOwnerMayWrite(cacheRoot) || !onlyOwnerMayWrite(cache)) {
            return null;
        }
        Path library = cache.resolve(name);
        URLConnection connection = url.openConnection();
        long size = connection.getContentLengthLong();
        if (Files.isRegularFile(library) && size > 0 && Files.size(library) == size) {
            return library;
        }
        Path part = Files.createTempFile(cache, ".part-", "-" + name);
        try (InputStream in = connection.getInputStream()) {
            Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(part, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
        return library;
    }

    /**
     * The driver's resource folder for the common desktop platforms, told from the system properties
     * alone: the driver's own detection starts a {@code uname} process (tens of milliseconds) to rule
     * out Android. Null for anything else, which then goes through the driver's detection.
     */
    static String platformFolder(String osName, String osArch) {
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch64";
            default -> null;
        };
        String os = osName.toLowerCase(Locale.ROOT);
        if (arch == null) {
            return null;
        }
        if (os.startsWith("linux")) {
            return (OSInfo.isMusl() ? "Linux-Musl" : "Linux") + "/" + arch;
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return "Mac/" + arch;
        }
        return os.startsWith("windows") ? "Windows/" + arch : null;
    }

    /** The per-user cache folder: XDG_CACHE_HOME, ~/Library/Caches or %LOCALAPPDATA%. */
    static Path cacheRoot(Map<String, String> env, String osName, Path home) {
        String chosen = System.getProperty(CACHE_PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : home.resolve("AppData").resolve("Local");
            return base.resolve("Trailmark").resolve("cache");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Caches").resolve("Trailmark");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".cache");
        return base.resolve("trailmark");
    }

    /** A folder this user owns and nobody else may write; without POSIX permissions, the folder's owner alone. */
    private static boolean onlyOwnerMayWrite(Path folder) throws IOException {
        if (!OwnerOnlyFiles.supportsPosix(folder)) {
            return true;
        }
        if (!Files.getOwner(folder).getName().equals(System.getProperty("user.name"))) {
            return false;
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(folder);
        return !mode.contains(PosixFilePermission.GROUP_WRITE) && !mode.contains(PosixFilePermission.OTHERS_WRITE);
    }
}
