package org.trailmark.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Checks a file a command is to write: never a folder, and an existing file only with --force. */
final class OutputFile {
    private OutputFile() {
    }

    /** The file as an absolute path, when it may be written. */
    static Path check(Path given, String option, boolean force) {
        Path target = given.toAbsolutePath().normalize();
        refuseFileOnTheWay(target, option);
        if (Files.isDirectory(target)) {
            throw new UserError(option + " " + target + " is a folder: name a file");
        }
        if (Files.exists(target) && !force) {
            throw new UserError(target + " exists: use --force to replace it");
        }
        return target;
    }

    /** A file where a folder of the path should be: nothing can be made below it. */
    static void refuseFileOnTheWay(Path target, String option) {
        for (Path above = target.getParent(); above != null; above = above.getParent()) {
            if (Files.exists(above)) {
                if (!Files.isDirectory(above)) {
                    throw new UserError(option + " " + target + ": " + above + " is a file, not a folder");
                }
                return;
            }
        }
    }
}
