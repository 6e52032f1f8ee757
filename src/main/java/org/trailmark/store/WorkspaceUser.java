package org.trailmark.store;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who is using the workspace: the one place assignments, claims and "next session for me" ask. On a
 * SQLite file it is the operating-system login (the command line's {@code --as USER} speaks for
 * someone else on a shared desktop); on a team server it is the database user.
 *
 * @param name a user name as the audit log and the assignments table record it
 */
public record WorkspaceUser(String name) {
    /** Letters, digits and {@code . _ @ -}: login names and PostgreSQL role names as people write them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._@-]{1,64}");

    public WorkspaceUser {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        problem(name).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    /** The operating system's login name, or "studio" when the JVM knows none. */
    public static WorkspaceUser operatingSystem() {
        String login = System.getProperty("user.name", "");
        return new WorkspaceUser(login.isBlank() || !NAME.matcher(login.strip()).matches() ? "studio" : login);
    }

    /** Why {@code name} cannot name a user, in words for the person who typed it; empty when it can. */
    public static java.util.Optional<String> problem(String name) {
        if (name == null || name.isBlank()) {
            return java.util.Optional.of("a user name must not be blank");
        }
        if (!NAME.matcher(name.strip()).matches()) {
            return java.util.Optional.of("a user name is 1 to 64 letters, digits, '.', '_', '@' or '-', not '"
                    + name.strip() + "'");
        }
        return java.util.Optional.empty();
    }

    @Override
    public String toString() {
        return name;
    }
}
