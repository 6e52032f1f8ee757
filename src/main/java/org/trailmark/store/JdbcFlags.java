package org.trailmark.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.model.Flag;

final class JdbcFlags implements FlagRepository {
    private final Database db;

    JdbcFlags(Database db) {
        this.db = db;
    }

    @Override
    public List<Flag> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read flags", () -> FlagRows.ofSession(db.connection(), sessionId));
    }

    @Override
    public Optional<Flag> find(long id) {
        return db.read("read flags", () -> FlagRows.byId(db.connection(), id));
    }

    @Override
    public List<Flag> replace(String sessionId, List<Flag> expected, List<Flag> replacement, String what,
                              String actor) {
        return RowEdits.replace(db, ReviewTables.FLAGS, sessionId, expected, replacement, what, actor);
    }
}
