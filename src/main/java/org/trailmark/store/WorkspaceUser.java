package org.trailmark.store;

import java.util.Objects;

/**
 * Who is using the workspace: the one place features ask (whose version of a session's labels to show,
 * who submits). On a SQLite workspace it is the operating-system user, which a shared desktop or a test
 * may replace ({@code --as USER}); on PostgreSQL it is the database user.
 */
public final class WorkspaceUser {
    private volatile String name;
    private final boolean database;

    private WorkspaceUser(String name, boolean database) {
        this.name = requireName(name);
        this.database = database;
    }

    static WorkspaceUser ofOperatingSystem() {
        return new WorkspaceUser(System.getProperty("user.name", "unknown"), false);
    }

    /** The user a team workspace's server knows this connection as; nobody can speak for another there. */
    static WorkspaceUser ofDatabase(String sessionUser) {
        return new WorkspaceUser(sessionUser, true);
    }

    public String name() {
        return name;
    }

    /** Acts as {@code other} from now on (a desktop shared by several labelers, or a test). */
    public void actAs(String other) {
        if (database && !requireName(other).equals(name)) {
            throw new IllegalArgumentException("on a team workspace you are " + name + ", the database user you"
                    + " connected as; --as cannot speak for " + other.strip());
        }
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
