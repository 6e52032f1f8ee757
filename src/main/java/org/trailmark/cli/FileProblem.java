package org.trailmark.cli;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong with a file, in plain words with its path. Only the path and the system's reason
 * are shown: other messages (a parser's, say) may quote the file's content.
 */
final class FileProblem {
    /** How {@link FileNotFoundException} words it: "PATH (reason)". */
    private static final Pattern PATH_AND_REASON = Pattern.compile("(.*) \\(([^()]*)\\)");

    private FileProblem() {
    }

    static String describe(Throwable problem) {
        Throwable e = problem instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : problem;
        if (e instanceof NoSuchFileException f) {
            return f.getFile() + ": no such file or folder";
        }
        if (e instanceof AccessDeniedException f) {
            return f.getFile() + ": permission denied";
        }
        if (e instanceof FileAlreadyExistsException f) {
            return f.getFile() + " already exists (and is not a folder)";
        }
        if (e instanceof NotDirectoryException f) {
            return f.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot be read or written" : lower(f.getReason()));
        }
        if (e instanceof FileNotFoundException && e.getMessage() != null) {
            Matcher m = PATH_AND_REASON.matcher(e.getMessage());
            if (m.matches()) {
                return m.group(1) + ": " + lower(m.group(2));
            }
        }
        return "could not read or write a file; run again with --debug for details";
    }

    private static String lower(String reason) {
        return reason.isEmpty() ? reason : reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
    }
}
