package org.trailmark.io;

import java.nio.file.Path;

/**
 * Reads one capture format. Implementations stream their input (they never hold a whole file's
 * JSON in memory), never throw on bad content (they report {@link Problem}s instead) and keep
 * the readable part of a damaged file.
 */
public interface SessionImporter {

    /** Short lowercase name, stored as the session's source format: {@code native}, {@code ducktrack}… */
    String formatName();

    /** Whether this importer recognises the path (file or folder), judged from names and a peek at content. */
    boolean accepts(Path path);

    /** Reads everything at the path. I/O failures become ERROR problems, not exceptions. */
    ReadResult read(Path path, ImportOptions options);
}
