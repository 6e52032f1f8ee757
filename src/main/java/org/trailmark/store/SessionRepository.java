package org.trailmark.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.trailmark.model.EventSource;
import org.trailmark.model.ReviewStatus;
import org.trailmark.model.ScreenMedia;
import org.trailmark.model.SessionInfo;
import org.trailmark.model.SessionLog;

/** Sessions and their events (compressed columnar chunks): import, list, load. Every write commits before it returns. */
public interface SessionRepository {
    /** Events per stored chunk: large enough to compress well, small enough to decode in parallel. */
    int CHUNK_EVENTS = 65_536;

    boolean contains(String sessionId);

    /** Adds a whole session atomically (all events or nothing) and audits the import. */
    default AddOutcome add(SessionInfo info, SessionLog log, String sourcePath, String actor) {
        return add(info, log, List.of(), sourcePath, actor);
    }

    /**
     * Adds a whole session with the screen media it carries, atomically. The media files must already
     * be in the workspace's {@link MediaStore}; a session that fails to be added leaves them
     * unreferenced, and {@link MediaRepository#removeUnreferenced()} clears them.
     */
    AddOutcome add(SessionInfo info, SessionLog log, List<ScreenMedia> media, String sourcePath, String actor);

    /**
     * Adds a session whose events are read while they are stored, chunk by chunk, in one transaction
     * ({@link ChunkStreamWriter}): memory stays bounded whatever the capture's length, and a read
     * that fails, finds nothing or is killed leaves nothing behind. {@code sessionId} is the id the
     * read will give; a session with it already here is not read at all ({@code ALREADY_PRESENT}).
     * Empty when the read found nothing to store.
     */
    Optional<AddOutcome> addStreamed(String sessionId, StreamedImport.Read read, String sourcePath, String actor);

    /** All sessions, oldest start first. */
    List<SessionSummary> all();

    List<SessionSummary> ofSubject(String subject);

    Optional<SessionSummary> find(String sessionId);

    /** Sessions whose review status is one of {@code statuses}, oldest start first. */
    List<SessionSummary> withStatus(Set<ReviewStatus> statuses);

    /** Loads every event of the session; throws WorkspaceException when there is no such session. */
    SessionLog loadLog(String sessionId);

    /**
     * The session's events for a reader that never looks at pointer moves (the sensitive-data scan),
     * read chunk by chunk whenever the reader asks, so memory does not follow the session's length.
     * Throws WorkspaceException when there is no such session or it is damaged (then or while read).
     */
    EventSource storedEvents(String sessionId);
}
