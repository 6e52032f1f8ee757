package org.trailmark.store;

import java.util.Objects;

/**
 * Who is using the workspace: the one place features ask (whose version of a session's labels to show,
 * who submits). On a SQLite workspace it is the operating-system user, which a shared desktop or a test
 * may replace ({@code --as USER}); on PostgreSQL it is the database user.
 */
public final class WorkspaceUser {
    private volatile String name;

    private WorkspaceUser(String name) {
        this.name = requireName(name);
    }

    static WorkspaceUser ofOperatingSystem() {
        return new WorkspaceUser(System.getProperty("user.name", "unknown"));
    }

    public String name() {
        return name;
    }

    /** Acts as {@code other} from now on (a desktop shared by several labelers, or a test). */
    public void actAs(String other) {
        name = requireName(other);
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        String stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException("a user needs a name");
        }
        return stripped;
    }

    @Override
    public String toString() {
        return name;
    }
}
