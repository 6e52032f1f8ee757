package org.trailmark.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where an export may write: a new folder or an empty one, with no staging folder of an earlier
 * export beside it (the export writes there first and renames it into place once verified). The
 * one rule for the command line and the studio's wizard.
 */
public final class OutputFolder {
    /** The suffix of the folder an export writes into before it is verified. */
    public static final String STAGING_SUFFIX = ".partial";

    private OutputFolder() {
    }

    /** The staging folder beside {@code target}. */
    public static Path staging(Path target) {
        return target.resolveSibling(target.getFileName() + STAGING_SUFFIX);
    }

    /**
     * Why an export cannot write to {@code target} (an absolute, normalised path), in plain words
     * starting in lower case; empty when it can.
     */
    public static Optional<String> problem(Path target) {
        if (target.getFileName() == null) {
            return Optional.of("the output folder cannot be the root of a file system");
        }
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            return Optional.of(Files.isDirectory(target) ? "the output folder exists and is not empty"
                    : "the output folder is a file, not a folder");
        }
        Path staging = staging(target);
        if (Files.exists(staging)) {
            return Optional.of("a staging folder from an earlier export is in the way: " + staging.getFileName());
        }
        return Optional.empty();
    }

    private static boolean isEmptyDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder", e);
        }
    }
}
