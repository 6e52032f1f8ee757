package org.trailmark.store;

/**
 * A labeler's version of a session was asked for by someone it is not open to: another labeler's
 * before every labeler has submitted, or a write to a submitted version or to someone else's.
 * Nothing was read or written.
 */
public class VersionAccessException extends WorkspaceException {
    public VersionAccessException(String message) {
        super(message);
    }
}
