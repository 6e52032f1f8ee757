package org.trailmark.store;

/** A workspace could not be opened, read or written. The message is plain words for a person. */
public class WorkspaceException extends RuntimeException {
    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
