package org.trailmark.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/**
 * One SQLite file holding sessions, their events (compressed columnar chunks), and the audit
 * log. Every method commits before it returns. Thread-safe.
 *
 * SKELETON: the store helper replaces every body; signatures are the agreed API.
 */
public final class Workspace implements AutoCloseable {

    private Workspace() {
    }

    /** Opens (creating and migrating when needed) the workspace at {@code file}. */
    public static Workspace open(Path file) {
        throw new IllegalStateException("store in progress");
    }

    public Path file() {
        throw new IllegalStateException("store in progress");
    }

    public boolean containsSession(String sessionId) {
        throw new IllegalStateException("store in progress");
    }

    /** Adds a whole session atomically (all events or nothing) and audits the import. */
    public AddOutcome addSession(SessionInfo info, SessionLog log, String sourcePath, String actor) {
        throw new IllegalStateException("store in progress");
    }

    /** All sessions, oldest start first. */
    public List<SessionSummary> sessions() {
        throw new IllegalStateException("store in progress");
    }

    public List<SessionSummary> sessionsOfSubject(String subject) {
        throw new IllegalStateException("store in progress");
    }

    public Optional<SessionSummary> session(String sessionId) {
        throw new IllegalStateException("store in progress");
    }

    /** Loads every event of the session; throws WorkspaceException when there is no such session. */
    public SessionLog loadLog(String sessionId) {
        throw new IllegalStateException("store in progress");
    }

    public void appendAudit(String actor, String action, String sessionId, String detail) {
        throw new IllegalStateException("store in progress");
    }

    /** Audit entries, oldest first; sessionId null for all. */
    public List<AuditEntry> audit(String sessionId) {
        throw new IllegalStateException("store in progress");
    }

    @Override
    public void close() {
    }
}
