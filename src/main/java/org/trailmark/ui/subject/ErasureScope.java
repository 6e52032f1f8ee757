package org.trailmark.ui.subject;

/** What the person chose to erase. */
public enum ErasureScope {
    /** The session open in the player. */
    THIS_SESSION,
    /** Every session of theirs in the workspace. */
    ALL_SESSIONS
}
