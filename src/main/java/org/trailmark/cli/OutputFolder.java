package org.trailmark.cli;

import java.nio.file.Path;

/**
 * Checks a folder a command is to create and fill, before any work is done, so that a wrong path
 * fails at once with its name and what is wrong with it. The rule itself is the exporter's
 * ({@link org.trailmark.export.OutputFolder}), which the studio's wizard uses too; this adds the
 * command line's wording and the check of the folders above.
 */
final class OutputFolder {
    private OutputFolder() {
    }

    /** The folder as an absolute path, when it is new or empty and could be made where it is. */
    static Path check(Path given, String option) {
        Path target = given.toAbsolutePath().normalize();
        OutputFile.refuseFileOnTheWay(target, option);
        org.trailmark.export.OutputFolder.problem(target).ifPresent(problem -> {
            throw new UserError(option + " " + target + ": " + problem + "; name a new or empty folder"
                    + " (nothing was written)");
        });
        return target;
    }
}
