package org.trailmark.ui.workspace;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.trailmark.store.NoWorkspaceException;
import org.trailmark.store.TeamMembership;
import org.trailmark.store.Workspace;
import org.trailmark.store.WorkspaceLock;
import org.trailmark.store.pg.PostgresLocation;

/**
 * A workspace the studio window has open, the lock that makes a workspace file this window's (null
 * when read-only or on a team server, which is shared by design), and on a team server the user's
 * membership (the role the status bar shows). Closing it releases both.
 */
public record OpenedWorkspace(Workspace workspace, WorkspaceLock lock, Optional<TeamMembership> membership)
        implements AutoCloseable {

    public OpenedWorkspace {
        Objects.requireNonNull(workspace, "workspace");
        Objects.requireNonNull(membership, "membership");
    }

    /** Opens (creating when needed) the workspace file for this window alone, or read-only when another window has it. */
    public static OpenedWorkspace file(Path file) {
        Optional<WorkspaceLock> acquired = WorkspaceLock.tryAcquire(file);
        if (acquired.isEmpty()) {
            return new OpenedWorkspace(Workspace.openReadOnly(file), null, Optional.empty());
        }
        try {
            return new OpenedWorkspace(Workspace.open(file), acquired.get(), Optional.empty());
        } catch (RuntimeException e) {
            acquired.get().close();
            throw e;
        }
    }

    /** As {@link #file}, for a workspace that must exist already (one chosen to switch to): nothing is created. */
    public static OpenedWorkspace existingFile(Path file) {
        if (!Workspace.existsAt(file)) {
            throw new NoWorkspaceException(file.toAbsolutePath().normalize());
        }
        return file(file);
    }

    /**
     * Opens a team workspace on its server. The connecting user must be a member of it: a login the
     * server lets in but the workspace does not list would see nothing at all, so it is told so instead.
     */
    public static OpenedWorkspace team(PostgresLocation location, Path mediaRoot) {
        TeamMembership.Opened opened = TeamMembership.openAsMember(location, mediaRoot);
        return new OpenedWorkspace(opened.workspace(), null, Optional.of(opened.membership()));
    }

    /** The member's role as the status bar names it ("labeler"), when the workspace knows roles. */
    public Optional<String> role() {
        return membership.map(TeamMembership::role);
    }

    /** Closes the workspace, then lets another window have its file. */
    @Override
    public void close() {
        try {
            workspace.close();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
