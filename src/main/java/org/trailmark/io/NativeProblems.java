package org.trailmark.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file. A badly broken file can have a problem on every one of a million
 * lines; listing them all helps nobody, so the first {@value NativeFormat#MAX_LISTED_PROBLEMS}
 * warnings are kept in full and the rest are counted in one closing line. Errors are always kept.
 */
final class NativeProblems {
    private final Path file;
    private final List<Problem> listed = new ArrayList<>();
    private final List<Problem> fileLevel = new ArrayList<>();
    private int warnings;
    private long unlisted;
    private boolean error;

    NativeProblems(Path file) {
        this.file = file;
    }

    void warn(long line, String reason) {
        if (warnings < NativeFormat.MAX_LISTED_PROBLEMS) {
            warnings++;
            listed.add(Problem.warning(file, line, reason));
        } else {
            unlisted++;
        }
    }

    /** A problem of the file as a whole (how it ended): always listed, after the line problems. */
    void warnFile(String reason) {
        fileLevel.add(Problem.warning(file, 0, reason));
    }

    void error(long line, String reason) {
        error = true;
        listed.add(Problem.error(file, line, reason));
    }

    boolean hasError() {
        return error;
    }

    List<Problem> all() {
        List<Problem> result = new ArrayList<>(listed);
        if (unlisted > 0) {
            result.add(Problem.warning(file, 0, "… and " + unlisted + " more problems like these"));
        }
        result.addAll(fileLevel);
        return result;
    }
}
