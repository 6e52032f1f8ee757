package org.trailmark.store;

/**
 * An edit was based on rows that have changed since (another window, a script, an earlier
 * failure). Nothing was written; the caller should reload and decide again.
 */
public class StaleEditException extends WorkspaceException {
    public StaleEditException(String message) {
        super(message);
    }
}
