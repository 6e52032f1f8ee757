package org.trailmark.store;

import java.nio.file.Path;

/** Nothing that could be a workspace exists where one was to be opened; nothing was created there. */
public final class NoWorkspaceException extends WorkspaceException {
    private final transient Path path;

    public NoWorkspaceException(Path path) {
        super("no workspace at " + path);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
