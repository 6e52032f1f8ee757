package org.trailmark.store;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.trailmark.model.ScreenMedia;

final class JdbcMedia implements MediaRepository {
    private final Database db;
    private final MediaStore store;

    JdbcMedia(Database db, MediaStore store) {
        this.db = db;
        this.store = store;
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
    public int removeUnreferenced() {
        if (db.isReadOnly()) {
            return 0;
        }
        return db.locked("remove unused screen media", this::removeUnreferencedLocked);
    }

    /** Call with the lock held. */
    int removeUnreferencedLocked() throws java.sql.SQLException {
        try {
            return store.removeAllBut(MediaRows.referencedHashes(db.connection()));
        } catch (IOException e) {
            throw new WorkspaceException("could not remove unused screen media in " + store.folder()
                    + ": " + e.getMessage());
        }
    }
}
