package org.trailmark.store;

/** What {@link Workspace#addSession} did. */
public enum AddOutcome {
    /** The session and all its events were committed. */
    ADDED,
    /** A session with that id is already in the workspace; nothing was written. */
    ALREADY_PRESENT
}
