package org.trailmark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.SessionAccess;

final class JdbcAccess implements AccessRepository {
    /** A team workspace's member without a role (the database's owner, say). */
    static final String NO_ROLE = "no role";

    private final Database db;
    private final WorkspaceUser user;
    private final AccessRecorder recorder;
    private final Map<String, String> roles = new HashMap<>();

    JdbcAccess(Database db, WorkspaceUser user, Clock clock) {
        this.db = db;
        this.user = user;
        this.recorder = new AccessRecorder(clock);
    }

    @Override
    public void record(String sessionId, AccessAction action, AccessPurpose purpose) {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(purpose, "purpose");
        recorder.record(sessionId, user.name(), purpose, action);
    }

    @Override
    public void flush() {
        write(recorder.takeAll());
    }

    @Override
    public void flushSettled() {
        write(recorder.takeSettled());
    }

    @Override
    public int pending() {
        return recorder.pending();
    }

    @Override
    public List<SessionAccess> ofSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        return db.read("read who looked at sessions", () -> AccessRows.where(db.connection(), "subject_id", subject));
    }

    @Override
    public List<SessionAccess> ofSession(String sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read("read who looked at sessions", () -> AccessRows.where(db.connection(), "session_id", sessionId));
    }

    private void write(List<AccessRecorder.Visit> visits) {
        // A read-only window cannot write; its views are the one thing the log misses (decision 0024).
        if (visits.isEmpty() || db.isReadOnly()) {
            return;
        }
        try {
            db.write("record who looked at sessions", () -> {
                for (AccessRecorder.Visit v : visits) {
                    AccessRows.insert(db.connection(), v, roleOf(v.key().user()));
                }
                return null;
            });
        } catch (RuntimeException e) {
            recorder.putBack(visits);
            throw e;
        }
    }

    /** Call with the lock held. On a team workspace the server's membership table says; a file has no roles. */
    private String roleOf(String name) throws SQLException {
        if (db.dialect() != SqlDialect.POSTGRESQL) {
            return SessionAccess.DESKTOP_USER;
        }
        String known = roles.get(name);
        if (known != null) {
            return known;
        }
        String role = NO_ROLE;
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT role FROM workspace_members WHERE db_user = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    role = rs.getString(1);
                }
            }
        }
        roles.put(name, role);
        return role;
    }
}
