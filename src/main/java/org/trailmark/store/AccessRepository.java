package org.trailmark.store;

import java.util.List;
import org.trailmark.model.AccessAction;
import org.trailmark.model.AccessPurpose;
import org.trailmark.model.SessionAccess;

/**
 * Who opened, replayed, revealed, labelled, flagged or exported which session, for what purpose and
 * when (decision 0024). Recording never touches the database: accesses wait in memory, repeats of
 * the same person, session, purpose and action within a minute become one row with a count, and
 * they are written in batches ({@link #flushSettled()} on a timer, {@link #flush()} on close and
 * before an erasure). Rows name ids, people and roles only, never what was seen.
 */
public interface AccessRepository {
    /** Notes that the workspace's current user did {@code action} to the session for {@code purpose}. */
    void record(String sessionId, AccessAction action, AccessPurpose purpose);

    /** Writes every access noted so far, in one transaction; on failure they stay noted. */
    void flush();

    /** Writes the accesses whose minute is over, keeping the others open for repeats. */
    void flushSettled();

    /** How many rows are waiting to be written. */
    int pending();

    /** The written rows about the subject's sessions, oldest first. */
    List<SessionAccess> ofSubject(String subject);

    /** The written rows about one session, oldest first. */
    List<SessionAccess> ofSession(String sessionId);
}
