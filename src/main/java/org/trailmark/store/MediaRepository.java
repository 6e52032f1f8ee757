package org.trailmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.model.ScreenMedia;

/**
 * Screen media (videos, stills): files addressed by SHA-256, cited by sessions. A workspace file keeps
 * them in its {@link MediaStore} beside it; a team workspace keeps their bytes in the database and a
 * per-login copy on each computer that has opened them (decision 0027).
 */
public interface MediaRepository {
    /**
     * Where this workspace keeps screen media files on this computer: beside a workspace file, or a
     * team workspace's cache for the person logged in. An import stores each file here first.
     */
    MediaStore store();

    /** The screen media a session carries, in the order they were imported; empty when it has none. */
    List<ScreenMedia> ofSession(String sessionId);

    /**
     * The file with that content hash (a video, or one still) on this computer, or why there is none.
     * On a team workspace it is fetched from the database when this computer has no copy yet, so call
     * it off the UI thread; a copy no session this login sees cites any more is deleted instead.
     */
    MediaFetch fetch(String sha256);

    /** The file with that content hash, if the workspace holds it (see {@link #fetch}). */
    default Optional<Path> file(String sha256) {
        return fetch(sha256).file();
    }

    /**
     * Makes a file the workspace's copy of the content with that hash (a workspace copy brings media
     * this way): stored, checked against the hash, and on a team workspace written into the database
     * unless it holds it already. Only for content a session of this workspace cites.
     *
     * @throws WorkspaceException when the file does not have that hash, or cannot be stored
     */
    void put(String sha256, Path file);

    /**
     * Destroys media no session cites any more (after an erasure, or left by an import that failed):
     * files overwritten, then deleted; on a team workspace also the content rows, and cached files no
     * session this login sees cites. Returns how many files went.
     */
    int removeUnreferenced();
}
