package org.trailmark.store;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is using the workspace: the one place features ask (whose version of a session's labels to show,
 * who submits, whom assignments and claims are for). On a SQLite workspace it is the operating-system
 * user, which a shared desktop or a test may replace ({@code --as USER}); on PostgreSQL it is the database
 * user, and nobody can speak for another.
 */
public final class WorkspaceUser {
    /** Letters, digits and {@code . _ @ -}: login names and PostgreSQL role names as people write them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    private volatile String name;
    private final boolean database;

    private WorkspaceUser(String name, boolean database) {
        this.name = requireName(name);
        this.database = database;
    }

    /** The operating system's login name, or "studio" when the JVM knows none a user name can be. */
    static WorkspaceUser ofOperatingSystem() {
        String login = System.getProperty("user.name", "");
        return new WorkspaceUser(problem(login).isEmpty() ? login : "studio", false);
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
        String wanted = requireName(other);
        if (database && !wanted.equals(name)) {
            throw new IllegalArgumentException("on a team workspace you are " + name + ", the database user you"
                    + " connected as; --as cannot speak for " + wanted);
        }
        name = wanted;
    }

    /** Why {@code name} cannot name a user, in words for the person who typed it; empty when it can. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("a user name must not be blank");
        }
        if (!NAME.matcher(name.strip()).matches()) {
            return Optional.of("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', not '"
                    + name.strip() + "'");
        }
        return Optional.empty();
    }

    /** {@code name} stripped, or an {@link IllegalArgumentException} saying why it names nobody. */
    public static String checkedName(String name) {
        problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return name.strip();
    }

    private static String requireName(String name) {
        Objects.requireNonNull(name, "name");
        return checkedName(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
