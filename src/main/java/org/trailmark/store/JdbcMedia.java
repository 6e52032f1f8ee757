package org.trailmark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.ScreenMedia;

/**
 * Screen media on either backend. A workspace file: files in the folder beside it, nothing else. A
 * team workspace: the bytes in {@code media_content} (written in the import's transaction) and the
 * folder a per-login cache, filled on first use and pruned against what the login may still see.
 */
final class JdbcMedia implements MediaRepository {
    private static final String NOT_STORED = "The video file is missing from the workspace.";
    private static final String NOT_IN_TEAM = "The video is not in the team workspace (it was erased, or never"
            + " reached the server).";

    private final Database db;
    private final MediaStore store;

    JdbcMedia(Database db, MediaStore store) {
        this.db = db;
        this.store = store;
    }

    private boolean inDatabase() {
        return db.dialect() == SqlDialect.POSTGRESQL;
    }

    @Override
    public MediaStore store() {
        return store;
    }

    @Override
    public List<ScreenMedia> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.locked("read screen media", () -> MediaRows.of(db.connection(), sessionId));
    }

    @Override
    public MediaFetch fetch(String sha256) {
        if (!inDatabase()) {
            return store.find(sha256).map(MediaFetch::found).orElseGet(() -> MediaFetch.missing(NOT_STORED));
        }
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            return MediaFetch.missing(NOT_IN_TEAM);
        }
        boolean cited = db.locked("check screen media", () -> MediaRows.cites(db.connection(), sha256));
        Optional<Path> cached = store.find(sha256);
        try {
            if (!cited) {
                // erased meanwhile, or never this login's to see: the copy on this computer goes too
                if (cached.isPresent()) {
                    MediaStore.shred(cached.get());
                }
                return MediaFetch.missing(NOT_IN_TEAM);
            }
            if (cached.isPresent()) {
                return MediaFetch.found(cached.get());
            }
            return download(sha256);
        } catch (IOException | WorkspaceException e) {
            return MediaFetch.missing("The video could not be fetched from the team workspace ("
                    + e.getMessage() + ").");
        }
    }

    /** Streams the parts into the cache one at a time (each under the lock only while it is read), then checks the hash. */
    private MediaFetch download(String sha256) throws IOException {
        int parts = db.locked("count screen media parts", () -> MediaContent.parts(db.connection(), sha256));
        if (parts == 0) {
            return MediaFetch.missing(NOT_IN_TEAM);
        }
        String extension = db.locked("read screen media", () -> MediaContent.extension(db.connection(), sha256));
        MediaStore.StoredFile copy;
        try (InputStream in = new ContentParts(db, sha256, parts)) {
            copy = store.store(in, extension);
        }
        if (!copy.sha256().equals(sha256)) {
            MediaStore.shred(copy.path());
            return MediaFetch.missing("The video in the team workspace is damaged: its bytes do not match the"
                    + " fingerprint it was stored under.");
        }
        return MediaFetch.found(copy.path());
    }

    @Override
    public void put(String sha256, Path file) {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        MediaStore.StoredFile stored;
        try {
            stored = store.store(file);
        } catch (IOException e) {
            throw new WorkspaceException("could not store screen media in " + store.folder() + ": " + e.getMessage());
        }
        if (!stored.sha256().equals(sha256)) {
            throw new WorkspaceException("screen media file " + file.getFileName() + " does not have the content"
                    + " its sessions cite (SHA-256 " + stored.sha256() + ", not " + sha256 + ")");
        }
        if (inDatabase()) {
            db.write("store screen media", () -> {
                uploadLocked(sha256);
                return null;
            });
        }
    }

    /** Inside an import's transaction: the content of every file these media cite, unless the database has it. */
    void uploadCitedLocked(List<ScreenMedia> media) throws SQLException {
        if (!inDatabase()) {
            return;
        }
        for (String sha : MediaContent.fileHashes(media)) {
            uploadLocked(sha);
        }
    }

    private void uploadLocked(String sha256) throws SQLException {
        if (MediaContent.has(db.connection(), sha256)) {
            return;
        }
        Path file = store.find(sha256).orElseThrow(() -> new WorkspaceException("screen media " + sha256
                + " is cited but not in " + store.folder()));
        try {
            MediaContent.upload(db.connection(), sha256, file);
        } catch (IOException e) {
            throw new WorkspaceException("could not send screen media to " + db.where() + ": " + e.getMessage());
        }
    }

    @Override
    public int removeUnreferenced() {
        if (db.isReadOnly()) {
            return 0;
        }
        return db.locked("remove unused screen media", this::removeUnreferencedLocked);
    }

    /** Deletes cached files no session this login sees cites (a team workspace's cache on opening). */
    void pruneCache() {
        db.locked("prune the screen media cache", () -> {
            try {
                return store.removeAllBut(MediaRows.referencedHashes(db.connection()));
            } catch (IOException e) {
                throw new WorkspaceException("could not clear screen media in " + store.folder() + ": " + e.getMessage());
            }
        });
    }

    /** Call with the lock held. */
    int removeUnreferencedLocked() throws SQLException {
        if (inDatabase()) {
            db.inTransaction(() -> MediaContent.removeUncited(db.connection(), db.dialect()));
        }
        try {
            return store.removeAllBut(MediaRows.referencedHashes(db.connection()));
        } catch (IOException e) {
            throw new WorkspaceException("could not remove unused screen media in " + store.folder()
                    + ": " + e.getMessage());
        }
    }
}
