package org.trailmark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeLibraryTest {

    @Test
    void theCachedCopyHoldsExactlyTheDriversLibrary(@TempDir Path cache) throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache);
        assertThat(library).isNotNull();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            assertThat(Files.readAllBytes(library)).isEqualTo(in.readAllBytes());
        }
        assertThat(library.getParent().getFileName().toString()).contains(SQLiteJDBCLoader.getVersion());
        try (var leftovers = Files.list(library.getParent())) {
            assertThat(leftovers).containsExactly(library);
        }
    }

    @Test
    void aSecondStartUsesTheCopyWithoutWritingItAgain(@TempDir Path cache) throws Exception {
        Path first = SqliteNativeLibrary.cachedCopy(cache);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(first, old);
        assertThat(SqliteNativeLibrary.cachedCopy(cache)).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(first)).isEqualTo(old);
    }

    @Test
    void aTruncatedCopyIsReplaced(@TempDir Path cache) throws Exception {
        Path library = SqliteNativeLibrary.cachedCopy(cache);
        long size = Files.size(library);
        Files.write(library, new byte[10]);
        assertThat(Files.size(SqliteNativeLibrary.cachedCopy(cache))).isEqualTo(size);
    }

    @Test
    void aFolderOthersMayWriteIsNotTrustedWithCode(@TempDir Path parent) throws Exception {
        assumeTrue(OwnerOnlyFiles.supportsPosix(parent));
        Path shared = Files.createDirectory(parent.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(SqliteNativeLibrary.cachedCopy(shared)).isNull();
    }

    @Test
    void thePlatformFolderIsTheOneTheDriverPicksHere() {
        assertThat(SqliteNativeLibrary.platformFolder(System.getProperty("os.name"), System.getProperty("os.arch")))
                .isEqualTo(org.sqlite.util.OSInfo.getNativeLibFolderPathForCurrentOS());
    }

    @Test
    void otherPlatformsMapToTheDriversFoldersOrToItsOwnDetection() {
        assertThat(SqliteNativeLibrary.platformFolder("Mac OS X", "aarch64")).isEqualTo("Mac/aarch64");
        assertThat(SqliteNativeLibrary.platformFolder("Windows 11", "amd64")).isEqualTo("Windows/x86_64");
        assertThat(SqliteNativeLibrary.platformFolder("Linux", "ppc64le")).isNull();
        assertThat(SqliteNativeLibrary.platformFolder("FreeBSD", "amd64")).isNull();
    }

    @Test
    void theCacheFolderFollowsEachPlatformsConvention() {
        Path home = Path.of("/home/ana");
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of(), "Linux", home)).isEqualTo(Path.of("/home/ana/.cache/trailmark"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "/var/cache/ana"), "Linux", home))
                .isEqualTo(Path.of("/var/cache/ana/trailmark"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("XDG_CACHE_HOME", "relative"), "Linux", home))
                .isEqualTo(Path.of("/home/ana/.cache/trailmark"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/ana/Library/Caches/Trailmark"));
        assertThat(SqliteNativeLibrary.cacheRoot(Map.of("LOCALAPPDATA", "/c/Users/ana/AppData/Local"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/ana/AppData/Local/Trailmark/cache"));
    }
}
