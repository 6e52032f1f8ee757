package org.trailmark.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** POSIX modes for tests of owner-only files; on other file systems those tests are skipped. */
public final class FileModes {
    public static final String OWNER_ONLY_FILE = "rw-------";
    public static final String OWNER_ONLY_FOLDER = "rwx------";

    private FileModes() {
    }

    public static boolean posix(Path where) throws IOException {
        return Files.getFileStore(where).supportsFileAttributeView(PosixFileAttributeView.class);
    }

    /** The mode as {@code ls -l} spells it, e.g. {@code rw-------}. */
    public static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
