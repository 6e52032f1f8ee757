package org.trailmark.io;

import java.nio.file.Path;
import java.util.Optional;

/**
 * An importer whose captures can be too long to hold in memory: besides {@link #read} (the whole
 * session in memory, for every other use), it offers the session as a {@link SessionStream} that
 * writes its events on in chunks while it reads, straight into the store.
 */
public interface StreamingImporter extends SessionImporter {

    /**
     * The capture at {@code path} as one stream, or empty when the path is not a single capture
     * this importer streams or cannot even be opened (then {@link #read} reports why).
     */
    Optional<SessionStream> stream(Path path, ImportOptions options);
}
