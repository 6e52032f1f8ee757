package org.trailmark.store.pg;

import org.trailmark.store.WorkspaceException;

/**
 * A team workspace could not be opened, with why in a form the studio can act on (offer the init
 * command, ask for another password) besides the worded message every {@link WorkspaceException} has.
 */
public final class TeamOpenException extends WorkspaceException {
    /** Why opening failed. */
    public enum Reason {
        /** No answer from the server, or the connection broke. */
        UNREACHABLE,
        /** The server refused the user: wrong or missing password, or no way in for this user. */
        AUTHENTICATION,
        /** The server holds no database of that name. */
        NO_DATABASE,
        /** The user may log in but is not a member of this database's workspace. */
        NOT_A_MEMBER,
        /** The database holds no Trailmark schema yet: {@code workspace init} makes it. */
        NO_SCHEMA,
        /** The schema is older than this Trailmark: {@code workspace init} updates it. */
        SCHEMA_OUTDATED,
        /** Anything else; the message says what the server said. */
        OTHER
    }

    private final Reason reason;

    public TeamOpenException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
