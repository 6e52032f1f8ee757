package org.trailmark.store;

import java.util.List;

/**
 * An erasure refused because an open legal hold covers a session. The message names the hold's id, never
 * its reason: the reason is for the people the hold concerns, not for every log the message may reach.
 */
public final class SessionHeldException extends WorkspaceException {
    private final String sessionId;
    private final long holdId;

    SessionHeldException(String sessionId, List<LegalHold> holds) {
        super(describe(sessionId, holds.get(0)));
        this.sessionId = sessionId;
        this.holdId = holds.get(0).id();
    }

    /** The refusal in words: the session and the hold's id, never the hold's reason. */
    public static String describe(String sessionId, LegalHold hold) {
        return "session " + sessionId + " is under legal hold " + hold.id() + (hold.onSubject() ? " (on its subject)" : "")
                + ": it cannot be erased until an admin releases the hold; nothing erased";
    }

    public String sessionId() {
        return sessionId;
    }

    public long holdId() {
        return holdId;
    }
}
