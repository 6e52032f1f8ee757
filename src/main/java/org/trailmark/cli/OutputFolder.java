package org.trailmark.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Checks a folder a command is to create and fill, before any work is done, so that a wrong path
 * fails at once with its name and what is wrong with it.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /** The folder as an absolute path, when it is new or empty and could be made where it is. */
    static Path check(Path given, String option) {
        Path target = given.toAbsolutePath().normalize();
        OutputFile.refuseFileOnTheWay(target, option);
        if (Files.isRegularFile(target)) {
            throw new UserError(option + " " + target + " is a file: name a new or empty folder");
        }
        if (Files.isDirectory(target) && !isEmpty(target)) {
            throw new UserError(option + " " + target + " is a folder that is not empty: name a new or empty"
                    + " folder (nothing was written)");
        }
        return target;
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UserError(FileProblem.describe(e));
        }
    }
}
