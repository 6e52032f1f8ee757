package org.trailmark.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.Flag;

final class JdbcFlags implements FlagRepository {
    private final Database db;
    private final WorkspaceUser user;

    JdbcFlags(Database db, WorkspaceUser user) {
        this.db = db;
        this.user = user;
    }

    @Override
    public List<Flag> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read flags", () -> FlagRows.TABLE.ofVersion(db.connection(), sessionId, Versions.GOLD));
    }

    @Override
    public Optional<Flag> find(long id) {
        return db.read("read flags", () -> FlagRows.TABLE.byId(db.connection(), id, Versions.GOLD));
    }

    @Override
    public List<Flag> ofVersion(String sessionId, String labeler) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(labeler, "labeler");
        return db.read("read flags", () -> {
            VersionRules.requireReadable(db.connection(), sessionId, labeler, user.name());
            return FlagRows.TABLE.ofVersion(db.connection(), sessionId, labeler);
        });
    }

    @Override
    public Optional<Flag> find(long id, String labeler) {
        Objects.requireNonNull(labeler, "labeler");
        return db.read("read flags", () -> {
            Optional<Flag> found = FlagRows.TABLE.byId(db.connection(), id, labeler);
            if (found.isPresent()) {
                VersionRules.requireReadable(db.connection(), found.get().sessionId(), labeler, user.name());
            }
            return found;
        });
    }

    @Override
    public List<Flag> replace(String sessionId, String labeler, List<Flag> expected, List<Flag> replacement,
                              String what, String actor) {
        Objects.requireNonNull(labeler, "labeler");
        return RowEdits.replace(db, FlagRows.TABLE.version(labeler), sessionId, expected, replacement, what, actor,
                () -> VersionRules.requireWritable(db.connection(), sessionId, labeler, user.name()));
    }

    @Override
    public List<Flag> replace(String sessionId, List<Flag> expected, List<Flag> replacement, String what,
                              String actor) {
        return RowEdits.replace(db, FlagRows.GOLD, sessionId, expected, replacement, what, actor);
    }
}
