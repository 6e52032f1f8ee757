package org.trailmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.model.ScreenMedia;

/** Screen media (videos, stills): files addressed by SHA-256 in the workspace's {@link MediaStore}, cited by sessions. */
public interface MediaRepository {
    /** Where this workspace keeps screen media files. */
    MediaStore store();

    /** The screen media a session carries, in the order they were imported; empty when it has none. */
    List<ScreenMedia> ofSession(String sessionId);

    /** The stored file with that content hash (a video, or one still), if the workspace holds it. */
    default Optional<Path> file(String sha256) {
        return store().find(sha256);
    }

    /**
     * Destroys media files no session cites any more (after an erasure, or left by an import that
     * failed): overwritten, then deleted. Returns how many went.
     */
    int removeUnreferenced();
}
