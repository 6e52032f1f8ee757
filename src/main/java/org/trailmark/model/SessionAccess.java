package org.trailmark.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the access log: someone did {@code action} to a session for {@code purpose},
 * {@code count} times between {@code first} and {@code last} (repeats within a minute are one row).
 * Content-free by construction: ids, a person's or database user's name, a role, times.
 *
 * @param user the name the workspace knows the person by (the database user on a team workspace)
 * @param role their team role, or {@link #DESKTOP_USER} on a workspace file
 */
public record SessionAccess(String sessionId, String subject, String user, String role, AccessPurpose purpose,
                            AccessAction action, Instant first, Instant last, long count) {
    /** The role of whoever uses a workspace file: the file has no roles. */
    public static final String DESKTOP_USER = "desktop user";

    public SessionAccess {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (count < 1 || last.isBefore(first)) {
            throw new IllegalArgumentException("an access row counts at least one access, from first to last");
        }
    }
}
